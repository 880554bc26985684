//! Chat services: Slack (incoming webhook, or `chat.postMessage` with a bot token), Discord (its
//! Slack-compatible `/slack` webhook), Rocket.Chat, Microsoft Teams (Adaptive Card for Workflows webhooks,
//! the legacy MessageCard for `*.webhook.office.com` connectors), Google Chat cards, Webex and Telegram.

use serde_json::{Value, json};

use super::{Error, Request, Settings, object_title, require_url};
use crate::notify::event::{Event, SEVERITY_ERROR};

/// Slack's Web API method a bot token posts to; its replies carry `ok` in a 200.
pub const SLACK_POST_MESSAGE: &str = "https://slack.com/api/chat.postMessage";

fn is_error(event: &Event) -> bool {
    event.severity == SEVERITY_ERROR
}

/// The metadata as Slack attachment fields.
fn fields(event: &Event) -> Vec<Value> {
    event
        .metadata
        .iter()
        .map(|(k, v)| json!({"title": k, "value": v, "short": false}))
        .collect()
}

/// A Slack-format message (Slack, Discord, Rocket.Chat) with one attachment.
fn slack_payload(channel: &str, username: &str, attachment: Value) -> Value {
    json!({
        "channel": channel,
        "username": username,
        "icon_url": "",
        "icon_emoji": "",
        "attachments": [attachment],
    })
}

/// Slack: an attachment coloured `good`/`danger`, authored by the object, the message as mrkdwn text and the
/// metadata as fields; the bot token, when set, as a Bearer header.
pub fn slack(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Slack", &settings.address)?;
    let username = if settings.username.is_empty() {
        event.reporting_controller.as_str()
    } else {
        settings.username.as_str()
    };
    let author = object_title(event);
    let first_line = event.message.split('\n').next().unwrap_or_default();
    let attachment = json!({
        "fallback": format!("{author}: {first_line}"),
        "color": if is_error(event) { "danger" } else { "good" },
        "author_name": author,
        "text": event.message,
        "mrkdwn_in": ["text"],
        "fields": fields(event),
    });
    let request = Request::post_json(
        &settings.address,
        &slack_payload(&settings.channel, username, attachment),
    )?;
    Ok(if settings.token.is_empty() {
        request
    } else {
        request.header("Authorization", &format!("Bearer {}", settings.token))
    })
}

/// Discord: the Slack-format message to the webhook's `/slack` endpoint.
pub fn discord(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Discord", &settings.address)?;
    let url = if settings.address.ends_with("/slack") {
        settings.address.clone()
    } else {
        format!("{}/slack", settings.address.trim_end_matches('/'))
    };
    let username = if settings.username.is_empty() {
        event.reporting_controller.as_str()
    } else {
        settings.username.as_str()
    };
    let attachment = json!({
        "fallback": "",
        "color": if is_error(event) { "danger" } else { "good" },
        "author_name": object_title(event),
        "text": event.message,
        "mrkdwn_in": ["text"],
        "fields": fields(event),
    });
    Request::post_json(&url, &slack_payload("", username, attachment))
}

/// Rocket.Chat: the Slack-format message with Rocket's colours.
pub fn rocket(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Rocket", &settings.address)?;
    let attachment = json!({
        "fallback": "",
        "color": if is_error(event) { "#FF0000" } else { "#0076D7" },
        "author_name": object_title(event),
        "text": event.message,
        "mrkdwn_in": ["text"],
        "fields": fields(event),
    });
    Request::post_json(
        &settings.address,
        &slack_payload(&settings.channel, &settings.username, attachment),
    )
}

/// Microsoft Teams: an Adaptive Card (v1.4, full width: object title, message, facts with `summary` first)
/// for Workflows webhooks; the legacy connector's MessageCard for `*.webhook.office.com` hosts.
pub fn msteams(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("MS Teams", &settings.address)?;
    let title = object_title(event);
    let legacy = reqwest::Url::parse(&settings.address)
        .ok()
        .and_then(|u| u.host_str().map(|h| h.ends_with(".webhook.office.com")))
        .unwrap_or(false);
    let payload = if legacy {
        let facts: Vec<Value> = event
            .metadata
            .iter()
            .map(|(k, v)| json!({"name": k, "value": v}))
            .collect();
        json!({
            "@type": "MessageCard",
            "@context": "http://schema.org/extensions",
            "themeColor": if is_error(event) { "FF0000" } else { "0076D7" },
            "summary": title,
            "sections": [{"activityTitle": event.message, "activitySubtitle": title, "facts": facts}],
        })
    } else {
        let mut facts: Vec<Value> = Vec::new();
        if let Some(summary) = event.metadata.get("summary") {
            facts.push(json!({"title": "summary", "value": summary}));
        }
        facts.extend(
            event
                .metadata
                .iter()
                .filter(|(k, _)| k.as_str() != "summary")
                .map(|(k, v)| json!({"title": k, "value": v})),
        );
        let mut message = json!({"type": "TextBlock", "text": event.message, "wrap": true});
        if is_error(event) {
            message["color"] = json!("attention");
        }
        json!({
            "type": "message",
            "attachments": [{
                "contentType": "application/vnd.microsoft.card.adaptive",
                "content": {
                    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard",
                    "version": "1.4",
                    "body": [{
                        "type": "Container",
                        "items": [
                            {"type": "TextBlock", "text": title, "size": "large", "weight": "bolder", "wrap": true},
                            message,
                            {"type": "FactSet", "facts": facts},
                        ],
                    }],
                    "msteams": {"width": "Full"},
                },
            }],
        })
    };
    Request::post_json(&settings.address, &payload)
}

/// Google Chat: a card titled with the object, the message (red for errors) and the metadata as key/values.
pub fn googlechat(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Google Chat", &settings.address)?;
    let text = if is_error(event) {
        format!("<font color=\"#ff0000\">{}</font>", event.message)
    } else {
        event.message.clone()
    };
    let mut sections = vec![
        json!({"header": "", "widgets": [{"textParagraph": {"text": text}, "keyValue": null}]}),
    ];
    if !event.metadata.is_empty() {
        let widgets: Vec<Value> = event
            .metadata
            .iter()
            .map(|(k, v)| json!({"textParagraph": null, "keyValue": {"topLabel": k, "content": v, "contentMultiline": false, "bottomLabel": null, "icon": null}}))
            .collect();
        sections.push(json!({"header": "", "widgets": widgets}));
    }
    let payload = json!({"cards": [{
        "header": {"title": object_title(event), "subtitle": event.reporting_controller, "imageUrl": null, "imageStyle": null},
        "sections": sections,
    }]});
    Request::post_json(&settings.address, &payload)
}

/// Webex: a Markdown message to the room in `channel`, with the bot token as Bearer.
pub fn webex(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Webex", &settings.address)?;
    let emoji = if is_error(event) { "💣" } else { "✅" };
    let mut markdown = format!("{emoji} **{}**\n{}\n", object_title(event), event.message);
    for (k, v) in &event.metadata {
        markdown.push_str(&format!(">**{k}**: {v}\n"));
    }
    let mut payload = json!({"markdown": markdown});
    if !settings.channel.is_empty() {
        payload["roomId"] = json!(settings.channel);
    }
    Ok(Request::post_json(&settings.address, &payload)?
        .header("Authorization", &format!("Bearer {}", settings.token)))
}

/// Matrix: `PUT /_matrix/client/r0/rooms/{room}/send/m.room.message/{txn}` (the transaction id is the sha1 of the
/// event, so a retry is not posted twice) with an `m.text` body, the access token as Bearer; the room is
/// `channel`.
pub fn matrix(settings: &Settings, event: &Event) -> Result<Request, Error> {
    require_url("Matrix homeserver", &settings.address)?;
    use sha1::Digest;
    let txn = hex::encode(sha1::Sha1::digest(
        serde_json::to_vec(event).map_err(Error::Encode)?,
    ));
    let emoji = if is_error(event) { "🚨" } else { "💫" };
    let metadata: String = event
        .metadata
        .iter()
        .map(|(k, v)| format!("- {k}: {v}\n"))
        .collect();
    let body = format!(
        "{emoji} {}\n{}\n{metadata}",
        object_title(event),
        event.message
    );
    let url = format!(
        "{}/_matrix/client/r0/rooms/{}/send/m.room.message/{txn}",
        settings.address.trim_end_matches('/'),
        settings.channel
    );
    let mut request = Request::post_json(&url, &json!({"body": body, "msgtype": "m.text"}))?
        .header("Authorization", &format!("Bearer {}", settings.token));
    request.method = reqwest::Method::PUT;
    Ok(request)
}

/// Telegram's MarkdownV2 escaping.
fn telegram_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.-_[]()~>`#+=|{}!*".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Telegram: `sendMessage` of the Bot API (token in the path) to `channel` (`chat` or `chat:thread`).
pub fn telegram(settings: &Settings, event: &Event) -> Result<Request, Error> {
    if settings.channel.is_empty() {
        return Err(Error::Missing("empty Telegram channel"));
    }
    if settings.token.is_empty() {
        return Err(Error::Missing("empty Telegram token"));
    }
    let emoji = if is_error(event) { "🚨" } else { "💫" };
    let heading = format!(
        "{emoji} {}/{}/{}",
        event.kind().to_ascii_lowercase(),
        event.name(),
        event.namespace()
    );
    let metadata: String = event
        .metadata
        .iter()
        .map(|(k, v)| format!("\\- *{}*: {}\n", telegram_escape(k), telegram_escape(v)))
        .collect();
    let text = format!(
        "*{}*\n{}\n{metadata}",
        telegram_escape(&heading),
        telegram_escape(&event.message)
    );
    let (chat, thread) = match settings.channel.split_once(':') {
        Some((c, t)) => (c, Some(t)),
        None => (settings.channel.as_str(), None),
    };
    let mut payload = json!({"chat_id": chat, "text": text, "parse_mode": "MarkdownV2"});
    if let Some(t) = thread {
        payload["message_thread_id"] = json!(t);
    }
    let base = if settings.address.is_empty() {
        "https://api.telegram.org".to_string()
    } else {
        settings.address.trim_end_matches('/').to_string()
    };
    Request::post_json(
        &format!("{base}/bot{}/sendMessage", settings.token),
        &payload,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ObjectReference;

    fn event(severity: &str) -> Event {
        Event {
            involved_object: ObjectReference {
                kind: Some("Kustomization".into()),
                name: Some("apps".into()),
                namespace: Some("flux-system".into()),
                ..Default::default()
            },
            severity: severity.into(),
            message: "Health check failed\nmore".into(),
            reason: "HealthCheckFailed".into(),
            metadata: [("revision".to_string(), "main@sha1:abc".to_string())].into(),
            reporting_controller: "kustomize-controller".into(),
            ..Default::default()
        }
    }

    fn settings(address: &str) -> Settings {
        Settings {
            address: address.into(),
            channel: "general".into(),
            ..Default::default()
        }
    }

    fn body(r: &Request) -> Value {
        serde_json::from_slice(&r.body).unwrap_or_default()
    }

    #[test]
    fn slack_sends_one_attachment_as_slacks_api_describes() {
        let r = slack(
            &settings("https://hooks.slack.com/services/x"),
            &event("error"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let b = body(&r);
        assert_eq!(b["channel"], "general");
        assert_eq!(b["username"], "kustomize-controller");
        let a = &b["attachments"][0];
        assert_eq!(a["color"], "danger");
        assert_eq!(a["author_name"], "kustomization/apps.flux-system");
        assert_eq!(
            a["fallback"],
            "kustomization/apps.flux-system: Health check failed"
        );
        assert_eq!(a["fields"][0]["title"], "revision");
        assert!(r.headers.is_empty(), "no token, no Authorization header");
    }

    #[test]
    fn slack_with_a_bot_token_sends_it_as_bearer() {
        let mut s = settings(SLACK_POST_MESSAGE);
        s.token = "xoxb-1".into();
        let r = slack(&s, &event("info")).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            r.headers
                .contains(&("Authorization".into(), "Bearer xoxb-1".into()))
        );
        assert_eq!(body(&r)["attachments"][0]["color"], "good");
    }

    #[test]
    fn discord_posts_to_the_slack_compatible_endpoint() {
        let r = discord(
            &settings("https://discord.com/api/webhooks/1/t"),
            &event("info"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.url, "https://discord.com/api/webhooks/1/t/slack");
    }

    #[test]
    fn teams_workflows_get_an_adaptive_card_and_connectors_a_message_card() {
        let r = msteams(&settings("https://prod.logic.azure.com/x"), &event("error"))
            .unwrap_or_else(|e| panic!("{e}"));
        let b = body(&r);
        assert_eq!(b["type"], "message");
        let content = &b["attachments"][0]["content"];
        assert_eq!(content["type"], "AdaptiveCard");
        assert_eq!(content["body"][0]["items"][1]["color"], "attention");
        let r = msteams(
            &settings("https://org.webhook.office.com/x"),
            &event("info"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(body(&r)["@type"], "MessageCard");
    }

    #[test]
    fn matrix_puts_an_idempotent_room_message() {
        let mut s = settings("https://matrix.example");
        s.channel = "!room:example".into();
        s.token = "tok".into();
        let r = matrix(&s, &event("info")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.method, reqwest::Method::PUT);
        assert!(r.url.starts_with(
            "https://matrix.example/_matrix/client/r0/rooms/!room:example/send/m.room.message/"
        ));
        assert_eq!(body(&r)["msgtype"], "m.text");
        let again = matrix(&s, &event("info")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.url, again.url, "the transaction id is stable");
    }

    #[test]
    fn an_invalid_address_is_refused() {
        assert!(slack(&settings("not a url"), &event("info")).is_err());
    }

    #[test]
    fn telegram_escapes_markdown_and_splits_threads() {
        let mut s = settings("");
        s.channel = "-100:7".into();
        s.token = "T".into();
        let r = telegram(&s, &event("info")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.url, "https://api.telegram.org/botT/sendMessage");
        let b = body(&r);
        assert_eq!(b["chat_id"], "-100");
        assert_eq!(b["message_thread_id"], "7");
        assert!(
            b["text"]
                .as_str()
                .unwrap_or_default()
                .contains("flux\\-system")
        );
    }
}
