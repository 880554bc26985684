//! Renders a chart like `helm template NAME CHART [-f values.yaml]... [--namespace NS] [--kube-version V]`.

use std::path::Path;

use helm_template::{DiskFs, Options, load_path, merge_values, parse_values, render};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = Options::default();
    let mut positional = Vec::new();
    let mut values = serde_json::Map::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-f" | "--values" | "-n" | "--namespace" | "--kube-version" if i + 1 < args.len() => {
                let v = &args[i + 1];
                match args[i].as_str() {
                    "-f" | "--values" => match std::fs::read_to_string(v)
                        .map_err(|e| e.to_string())
                        .and_then(|t| parse_values(&t).map_err(|e| e.to_string()))
                    {
                        Ok(m) => merge_values(&mut values, &m),
                        Err(e) => {
                            eprintln!("Error: {e}");
                            std::process::exit(1);
                        }
                    },
                    "-n" | "--namespace" => opts.namespace = v.clone(),
                    _ => opts.kube_version = v.clone(),
                }
                i += 2;
            }
            "--include-crds" => {
                opts.include_crds = true;
                i += 1;
            }
            other => {
                positional.push(other.to_string());
                i += 1;
            }
        }
    }
    let (name, chart) = match positional.as_slice() {
        [n, c] => (n.clone(), c.clone()),
        [c] => ("release-name".to_string(), c.clone()),
        _ => {
            eprintln!("usage: render [NAME] CHART [-f values.yaml]... [-n NS] [--kube-version V]");
            std::process::exit(2);
        }
    };
    opts.release_name = name;
    let result = load_path(&DiskFs, Path::new(&chart)).and_then(|c| render(&c, &values, &opts));
    match result {
        Ok(r) => print!("{}", r.to_helm_output(&opts)),
        Err(e) => {
            eprintln!("Error: {e}");
            std::process::exit(1);
        }
    }
}
