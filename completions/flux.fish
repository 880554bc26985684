# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flux_global_optspecs
    string join \n kubeconfig= context= n/namespace= timeout= verbose ns-follows-kube-context server= token= as= as-group= as-uid= as-user-extra= insecure-skip-tls-verify certificate-authority= client-certificate= client-key= tls-server-name= cluster= user= kube-api-qps= kube-api-burst= cache-dir= disable-compression version h/help
end

function __fish_flux_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flux_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flux_using_subcommand
    set -l cmd (__fish_flux_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flux -n "__fish_flux_needs_command" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_needs_command" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_needs_command" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_needs_command" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_needs_command" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_needs_command" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_needs_command" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_needs_command" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_needs_command" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_needs_command" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_needs_command" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_needs_command" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_needs_command" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_needs_command" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_needs_command" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_needs_command" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_needs_command" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_needs_command" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_needs_command" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_needs_command" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_needs_command" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_needs_command" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_needs_command" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_needs_command" -l version -d 'Print the version and exit'
complete -c flux -n "__fish_flux_needs_command" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_needs_command" -f -a "bootstrap" -d 'Deploy Flux on a cluster the GitOps way'
complete -c flux -n "__fish_flux_needs_command" -f -a "build" -d 'Build a flux resource locally'
complete -c flux -n "__fish_flux_needs_command" -f -a "check" -d 'Check requirements and installation'
complete -c flux -n "__fish_flux_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c flux -n "__fish_flux_needs_command" -f -a "create" -d 'Create or update sources and resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "debug" -d 'Debug a flux resource'
complete -c flux -n "__fish_flux_needs_command" -f -a "delete" -d 'Delete sources and resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "diff" -d 'Diff a flux resource'
complete -c flux -n "__fish_flux_needs_command" -f -a "envsubst" -d 'Substitute environment variables in stdin, as Flux\'s post-build substitution does'
complete -c flux -n "__fish_flux_needs_command" -f -a "events" -d 'Display Kubernetes events for Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "export" -d 'Export resources in YAML format'
complete -c flux -n "__fish_flux_needs_command" -f -a "get" -d 'Get the resources and their status'
complete -c flux -n "__fish_flux_needs_command" -f -a "install" -d 'Install or upgrade Flux'
complete -c flux -n "__fish_flux_needs_command" -f -a "logs" -d 'Display formatted logs for Flux components'
complete -c flux -n "__fish_flux_needs_command" -f -a "migrate" -d 'Migrate the Flux custom resources to their latest API version'
complete -c flux -n "__fish_flux_needs_command" -f -a "plugin" -d 'Manage Flux CLI plugins'
complete -c flux -n "__fish_flux_needs_command" -f -a "reconcile" -d 'Reconcile sources and resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "resume" -d 'Resume suspended resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "serve" -d 'Run every Flux controller in this process'
complete -c flux -n "__fish_flux_needs_command" -f -a "stats" -d 'Stats of Flux reconciles'
complete -c flux -n "__fish_flux_needs_command" -f -a "push" -d 'Push to a repository'
complete -c flux -n "__fish_flux_needs_command" -f -a "pull" -d 'Pull artifacts from a repository'
complete -c flux -n "__fish_flux_needs_command" -f -a "tag" -d 'Tag artifacts in a repository'
complete -c flux -n "__fish_flux_needs_command" -f -a "list" -d 'List artifacts in a repository'
complete -c flux -n "__fish_flux_needs_command" -f -a "suspend" -d 'Suspend reconciliation of resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "trace" -d 'Trace in-cluster objects throughout the GitOps delivery pipeline'
complete -c flux -n "__fish_flux_needs_command" -f -a "trigger" -d 'Trigger Flux resources from outside the cluster'
complete -c flux -n "__fish_flux_needs_command" -f -a "tree" -d 'Print the resources reconciled by Flux'
complete -c flux -n "__fish_flux_needs_command" -f -a "uninstall" -d 'Uninstall Flux and its custom resource definitions'
complete -c flux -n "__fish_flux_needs_command" -f -a "version" -d 'Print the client and server-side components version information'
complete -c flux -n "__fish_flux_needs_command" -f -a "docgen" -d 'Generate the command reference in Markdown'
complete -c flux -n "__fish_flux_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -f -a "bitbucket-server" -d 'Deploy Flux on a cluster connected to a Bitbucket Server repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -f -a "git" -d 'Deploy Flux on a cluster connected to a Git repository (any server, no provider API)'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -f -a "github" -d 'Deploy Flux on a cluster connected to a GitHub repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -f -a "gitlab" -d 'Deploy Flux on a cluster connected to a GitLab repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -f -a "gitea" -d 'Deploy Flux on a cluster connected to a Gitea repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git github gitlab gitea help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l owner -d 'Bitbucket Server user or project name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l repository -d 'Bitbucket Server repository name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l group -d 'Bitbucket Server groups to be given write access (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s u -l username -d 'Authentication username' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l hostname -d 'Bitbucket Server hostname' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l private -d 'If true, the repository is setup or configured as private' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l interval -d 'Sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l path -d 'Path relative to the repository root, when specified the cluster sync will be scoped to this path' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l branch -d 'Git branch' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l sparse-checkout -d 'Sparse checkout directories of the GitRepository source (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l secret-name -d 'Name of the secret the sync credentials can be found in or stored to' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-key-algorithm -d 'SSH public key algorithm (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-rsa-bits -d 'SSH RSA public key bit size (multiplies of 8, min 2048)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-ecdsa-curve -d 'SSH ECDSA public key curve (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-hostkey-algos -d 'List of host key algorithms to be used by the CLI for SSH connections' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-hostname -d 'SSH hostname, to be used when the SSH host differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ca-file -d 'Path to CA file used for validating self-signed certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l private-key-file -d 'Path to a private key file used for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l author-name -d 'Author name for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l author-email -d 'Author email for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l commit-message-appendix -d 'String to add to the commit messages, e.g. \'[ci skip]\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l gpg-key-ring -d 'Path to GPG key ring for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l gpg-passphrase -d 'Passphrase for decrypting GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l gpg-key-id -d 'Key id for selecting a particular key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-key-file -d 'Path to an SSH private key file used for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-password -d 'Passphrase for decrypting SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-passphrase -d 'Alias for --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s v -l version -d 'Toolkit version (the image tag of the flux controller image)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l components -d 'List of components to install' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts values such as \'image-reflector-controller,image-automation-controller,source-watcher\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l registry -d 'Container registry where the toolkit images are published' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l registry-creds -d 'Container registry credentials in the format \'user:password\', requires --image-pull-secret to be set' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l image-pull-secret -d 'Kubernetes secret name used for pulling the toolkit images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l watch-all-namespaces -d 'If true the toolkit will watch for custom resources in all namespaces' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l log-level -d 'Log level, available options are: (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l network-policy -d 'Deny ingress access to the toolkit controllers from other namespaces using network policies' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l cluster-domain -d 'Internal cluster domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l toleration-keys -d 'Toleration keys used to schedule the components pods onto nodes with matching taints' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l shards -d 'Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled `sharding.fluxcd.io/key: <shard>` (not in Flux\'s CLI; see docs/sharding.md)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l personal -d 'If true, the owner is assumed to be a Bitbucket Server user; otherwise a group'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l read-write-key -d 'If true, the deploy key is configured with read/write permissions'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l reconcile -d 'If true, the configured options are also reconciled if the repository already exists'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l recurse-submodules -d 'When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l token-auth -d 'When enabled, the personal access token will be used instead of the SSH deploy key'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-reuse-private-key -d 'Use the SSH transport key (--private-key-file) to sign commits'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l force -d 'Override existing Flux installation if it\'s managed by a different tool such as Helm'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l url -d 'Git repository URL' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l interval -d 'Sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l path -d 'Path relative to the repository root, when specified the cluster sync will be scoped to this path' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s u -l username -d 'Basic authentication username' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s p -l password -d 'Basic authentication password (or the passphrase of the private key)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l branch -d 'Git branch' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l sparse-checkout -d 'Sparse checkout directories of the GitRepository source (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l secret-name -d 'Name of the secret the sync credentials can be found in or stored to' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-key-algorithm -d 'SSH public key algorithm (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-rsa-bits -d 'SSH RSA public key bit size (multiplies of 8, min 2048)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-ecdsa-curve -d 'SSH ECDSA public key curve (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-hostkey-algos -d 'List of host key algorithms to be used by the CLI for SSH connections' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-hostname -d 'SSH hostname, to be used when the SSH host differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ca-file -d 'Path to CA file used for validating self-signed certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l private-key-file -d 'Path to a private key file used for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l author-name -d 'Author name for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l author-email -d 'Author email for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l commit-message-appendix -d 'String to add to the commit messages, e.g. \'[ci skip]\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l gpg-key-ring -d 'Path to GPG key ring for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l gpg-passphrase -d 'Passphrase for decrypting GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l gpg-key-id -d 'Key id for selecting a particular key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-key-file -d 'Path to an SSH private key file used for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-password -d 'Passphrase for decrypting SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-passphrase -d 'Alias for --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s v -l version -d 'Toolkit version (the image tag of the flux controller image)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l components -d 'List of components to install' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts values such as \'image-reflector-controller,image-automation-controller,source-watcher\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l registry -d 'Container registry where the toolkit images are published' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l registry-creds -d 'Container registry credentials in the format \'user:password\', requires --image-pull-secret to be set' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l image-pull-secret -d 'Kubernetes secret name used for pulling the toolkit images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l watch-all-namespaces -d 'If true the toolkit will watch for custom resources in all namespaces' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l log-level -d 'Log level, available options are: (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l network-policy -d 'Deny ingress access to the toolkit controllers from other namespaces using network policies' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l cluster-domain -d 'Internal cluster domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l toleration-keys -d 'Toleration keys used to schedule the components pods onto nodes with matching taints' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l shards -d 'Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled `sharding.fluxcd.io/key: <shard>` (not in Flux\'s CLI; see docs/sharding.md)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s s -l silent -d 'If true, bootstrap will not ask for confirmation to add the deploy key'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l allow-insecure-http -d 'Allows insecure HTTP connections'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l with-bearer-token -d 'Use the password as a bearer token instead of basic authentication'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l recurse-submodules -d 'When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l token-auth -d 'When enabled, the personal access token will be used instead of the SSH deploy key'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-reuse-private-key -d 'Use the SSH transport key (--private-key-file) to sign commits'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l force -d 'Override existing Flux installation if it\'s managed by a different tool such as Helm'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l owner -d 'GitHub user or organization name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l repository -d 'GitHub repository name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l team -d 'GitHub team and the access to be given to it (team:maintain). Defaults to maintainer access if no access level is specified (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l hostname -d 'GitHub hostname' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l private -d 'If true, the repository is setup or configured as private' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l interval -d 'Sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l path -d 'Path relative to the repository root, when specified the cluster sync will be scoped to this path' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l branch -d 'Git branch' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l sparse-checkout -d 'Sparse checkout directories of the GitRepository source (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l secret-name -d 'Name of the secret the sync credentials can be found in or stored to' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-key-algorithm -d 'SSH public key algorithm (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-rsa-bits -d 'SSH RSA public key bit size (multiplies of 8, min 2048)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-ecdsa-curve -d 'SSH ECDSA public key curve (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-hostkey-algos -d 'List of host key algorithms to be used by the CLI for SSH connections' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-hostname -d 'SSH hostname, to be used when the SSH host differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ca-file -d 'Path to CA file used for validating self-signed certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l private-key-file -d 'Path to a private key file used for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l author-name -d 'Author name for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l author-email -d 'Author email for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l commit-message-appendix -d 'String to add to the commit messages, e.g. \'[ci skip]\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l gpg-key-ring -d 'Path to GPG key ring for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l gpg-passphrase -d 'Passphrase for decrypting GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l gpg-key-id -d 'Key id for selecting a particular key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-key-file -d 'Path to an SSH private key file used for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-password -d 'Passphrase for decrypting SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-passphrase -d 'Alias for --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -s v -l version -d 'Toolkit version (the image tag of the flux controller image)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l components -d 'List of components to install' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts values such as \'image-reflector-controller,image-automation-controller,source-watcher\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l registry -d 'Container registry where the toolkit images are published' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l registry-creds -d 'Container registry credentials in the format \'user:password\', requires --image-pull-secret to be set' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l image-pull-secret -d 'Kubernetes secret name used for pulling the toolkit images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l watch-all-namespaces -d 'If true the toolkit will watch for custom resources in all namespaces' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l log-level -d 'Log level, available options are: (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l network-policy -d 'Deny ingress access to the toolkit controllers from other namespaces using network policies' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l cluster-domain -d 'Internal cluster domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l toleration-keys -d 'Toleration keys used to schedule the components pods onto nodes with matching taints' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l shards -d 'Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled `sharding.fluxcd.io/key: <shard>` (not in Flux\'s CLI; see docs/sharding.md)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l personal -d 'If true, the owner is assumed to be a GitHub user; otherwise an org'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l read-write-key -d 'If true, the deploy key is configured with read/write permissions'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l reconcile -d 'If true, the configured options are also reconciled if the repository already exists'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l recurse-submodules -d 'When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l token-auth -d 'When enabled, the personal access token will be used instead of the SSH deploy key'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-reuse-private-key -d 'Use the SSH transport key (--private-key-file) to sign commits'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l force -d 'Override existing Flux installation if it\'s managed by a different tool such as Helm'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l owner -d 'GitLab user or group name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l repository -d 'GitLab repository name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l team -d 'GitLab teams to be given maintainer access (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l visibility -d 'Specifies the visibility of the repository. Valid values are public, private, internal' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l hostname -d 'GitLab hostname' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l private -d 'If true, the repository is setup or configured as private' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l interval -d 'Sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l path -d 'Path relative to the repository root, when specified the cluster sync will be scoped to this path' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l branch -d 'Git branch' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l sparse-checkout -d 'Sparse checkout directories of the GitRepository source (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l secret-name -d 'Name of the secret the sync credentials can be found in or stored to' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-key-algorithm -d 'SSH public key algorithm (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-rsa-bits -d 'SSH RSA public key bit size (multiplies of 8, min 2048)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-ecdsa-curve -d 'SSH ECDSA public key curve (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-hostkey-algos -d 'List of host key algorithms to be used by the CLI for SSH connections' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-hostname -d 'SSH hostname, to be used when the SSH host differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ca-file -d 'Path to CA file used for validating self-signed certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l private-key-file -d 'Path to a private key file used for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l author-name -d 'Author name for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l author-email -d 'Author email for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l commit-message-appendix -d 'String to add to the commit messages, e.g. \'[ci skip]\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l gpg-key-ring -d 'Path to GPG key ring for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l gpg-passphrase -d 'Passphrase for decrypting GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l gpg-key-id -d 'Key id for selecting a particular key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-key-file -d 'Path to an SSH private key file used for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-password -d 'Passphrase for decrypting SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-passphrase -d 'Alias for --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -s v -l version -d 'Toolkit version (the image tag of the flux controller image)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l components -d 'List of components to install' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts values such as \'image-reflector-controller,image-automation-controller,source-watcher\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l registry -d 'Container registry where the toolkit images are published' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l registry-creds -d 'Container registry credentials in the format \'user:password\', requires --image-pull-secret to be set' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l image-pull-secret -d 'Kubernetes secret name used for pulling the toolkit images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l watch-all-namespaces -d 'If true the toolkit will watch for custom resources in all namespaces' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l log-level -d 'Log level, available options are: (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l network-policy -d 'Deny ingress access to the toolkit controllers from other namespaces using network policies' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l cluster-domain -d 'Internal cluster domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l toleration-keys -d 'Toleration keys used to schedule the components pods onto nodes with matching taints' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l shards -d 'Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled `sharding.fluxcd.io/key: <shard>` (not in Flux\'s CLI; see docs/sharding.md)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l personal -d 'If true, the owner is assumed to be a GitLab user; otherwise a group'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l deploy-token-auth -d 'When enabled, a Project Deploy Token is generated and will be used instead of the SSH deploy token'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l read-write-key -d 'If true, the deploy key is configured with read/write permissions'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l reconcile -d 'If true, the configured options are also reconciled if the repository already exists'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l recurse-submodules -d 'When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l token-auth -d 'When enabled, the personal access token will be used instead of the SSH deploy key'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-reuse-private-key -d 'Use the SSH transport key (--private-key-file) to sign commits'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l force -d 'Override existing Flux installation if it\'s managed by a different tool such as Helm'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l owner -d 'Gitea user or organization name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l repository -d 'Gitea repository name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l team -d 'Gitea team and the access to be given to it (team:maintain). Defaults to maintainer access if no access level is specified (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l hostname -d 'Gitea hostname' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l private -d 'If true, the repository is setup or configured as private' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l interval -d 'Sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l path -d 'Path relative to the repository root, when specified the cluster sync will be scoped to this path' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l branch -d 'Git branch' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l sparse-checkout -d 'Sparse checkout directories of the GitRepository source (also accepts comma-separated values)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l secret-name -d 'Name of the secret the sync credentials can be found in or stored to' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-key-algorithm -d 'SSH public key algorithm (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-rsa-bits -d 'SSH RSA public key bit size (multiplies of 8, min 2048)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-ecdsa-curve -d 'SSH ECDSA public key curve (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-hostkey-algos -d 'List of host key algorithms to be used by the CLI for SSH connections' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-hostname -d 'SSH hostname, to be used when the SSH host differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ca-file -d 'Path to CA file used for validating self-signed certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l private-key-file -d 'Path to a private key file used for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l author-name -d 'Author name for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l author-email -d 'Author email for Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l commit-message-appendix -d 'String to add to the commit messages, e.g. \'[ci skip]\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l gpg-key-ring -d 'Path to GPG key ring for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l gpg-passphrase -d 'Passphrase for decrypting GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l gpg-key-id -d 'Key id for selecting a particular key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-key-file -d 'Path to an SSH private key file used for signing commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-password -d 'Passphrase for decrypting SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-passphrase -d 'Alias for --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -s v -l version -d 'Toolkit version (the image tag of the flux controller image)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l components -d 'List of components to install' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts values such as \'image-reflector-controller,image-automation-controller,source-watcher\'' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l registry -d 'Container registry where the toolkit images are published' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l registry-creds -d 'Container registry credentials in the format \'user:password\', requires --image-pull-secret to be set' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l image-pull-secret -d 'Kubernetes secret name used for pulling the toolkit images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l watch-all-namespaces -d 'If true the toolkit will watch for custom resources in all namespaces' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l log-level -d 'Log level, available options are: (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l network-policy -d 'Deny ingress access to the toolkit controllers from other namespaces using network policies' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l cluster-domain -d 'Internal cluster domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l toleration-keys -d 'Toleration keys used to schedule the components pods onto nodes with matching taints' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l shards -d 'Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled `sharding.fluxcd.io/key: <shard>` (not in Flux\'s CLI; see docs/sharding.md)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l personal -d 'If true, the owner is assumed to be a Gitea user; otherwise an org'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l read-write-key -d 'If true, the deploy key is configured with read/write permissions'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l reconcile -d 'If true, the configured options are also reconciled if the repository already exists'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l recurse-submodules -d 'When enabled, configures the GitRepository source to initialize and include Git submodules in the artifact it produces'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l token-auth -d 'When enabled, the personal access token will be used instead of the SSH deploy key'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-reuse-private-key -d 'Use the SSH transport key (--private-key-file) to sign commits'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l force -d 'Override existing Flux installation if it\'s managed by a different tool such as Helm'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "bitbucket-server" -d 'Deploy Flux on a cluster connected to a Bitbucket Server repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "git" -d 'Deploy Flux on a cluster connected to a Git repository (any server, no provider API)'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "github" -d 'Deploy Flux on a cluster connected to a GitHub repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "gitlab" -d 'Deploy Flux on a cluster connected to a GitLab repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "gitea" -d 'Deploy Flux on a cluster connected to a Gitea repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -f -a "artifact" -d 'Build an artifact tarball from a directory, as `flux push artifact` would push it'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -f -a "kustomization" -d 'Build a Kustomization locally: kustomize build, post-build substitution, owner labels, masked secrets'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s p -l path -d 'Path to the directory where the Kubernetes manifests are located' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s o -l output -d 'Path to where the artifact tgz file should be written' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l ignore-paths -d 'set paths to ignore in .gitignore format' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l path -d 'Path to the manifests location' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kustomization-file -d 'Path to the Flux Kustomization YAML file' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l ignore-paths -d 'Set paths to ignore in .gitignore format' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l local-sources -d 'Local sources for Kustomizations built recursively, as Kind/namespace/name=path' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l in-memory-build -d 'Accepted for compatibility with Flux: builds are always in memory' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l dry-run -d 'Dry run mode: no cluster access; substituteFrom objects are not read'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l strict-substitute -d 'When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -s r -l recursive -d 'Recursively build Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Build an artifact tarball from a directory, as `flux push artifact` would push it'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Build a Kustomization locally: kustomize build, post-build substitution, owner labels, masked secrets'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand check" -l components -d 'List of components to check' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l poll-interval -d 'How often the health checker should poll the cluster for the latest state of the resources' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand check" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand check" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand check" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand check" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand check" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand check" -l pre -d 'Only run pre-installation checks'
complete -c flux -n "__fish_flux_using_subcommand check" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand check" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand check" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand check" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand check" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash zsh fish powershell help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "source" -d 'Create or update sources'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "secret" -d 'Create or update Kubernetes secrets'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "kustomization" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "ks" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "helmrelease" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "hr" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "tenant" -d 'Create or update a tenant'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "alert" -d 'Create or update a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "alert-provider" -d 'Create or update a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "receiver" -d 'Create or update a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "image" -d 'Create or update resources dealing with image automation'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from source secret kustomization ks helmrelease hr tenant alert alert-provider receiver image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l fetch-timeout -d 'Set a timeout for fetch operations performed by source-controller (e.g. \'git clone\' or \'helm repo update\')' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Create or update a Bucket source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "git" -d 'Create or update a GitRepository source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Create or update a HelmRepository source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Create or update a HelmChart source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Create or update an OCIRepository'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "git" -d 'Create or update a Kubernetes secret for Git authentication'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "githubapp" -d 'Create or update a github app secret'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "helm" -d 'Create or update a Kubernetes secret for Helm repository authentication'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "notation" -d 'Create or update a Kubernetes secret for verifications of artifacts signed by Notation'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "oci" -d 'Create or update a Kubernetes image pull secret'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "proxy" -d 'Create or update a Kubernetes secret for proxy authentication'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "tls" -d 'Create or update a Kubernetes secret with TLS certificates'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "receiver" -d 'Create or update a Kubernetes secret for a Receiver webhook'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l source -d 'Source that contains the Kubernetes manifests in the format \'[<kind>/]<name>.<namespace>\', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l path -d 'Path to the directory containing a kustomization.yaml file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l prune -d 'Enable garbage collection' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l wait -d 'Enable health checking of all the applied resources' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l health-check -d 'Workload to be included in the health assessment, in the format \'<kind>/<name>.<namespace>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l health-check-timeout -d 'Timeout of health checking operations' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l validation -d 'Deprecated: all resources are validated using server-side apply dry-run' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l depends-on -d 'Kustomization that must be ready before this Kustomization can be applied, supported formats \'<name>\' and \'<namespace>/<name>\', also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l service-account -d 'The name of the service account to impersonate when reconciling this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l decryption-provider -d 'Decryption provider, available options are: (sops)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l decryption-secret -d 'Set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l target-namespace -d 'Overrides the namespace of all Kustomization objects reconciled by this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kubeconfig-secret-ref -d 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l retry-interval -d 'The interval at which to retry a previously failed reconciliation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l source -d 'Source that contains the Kubernetes manifests in the format \'[<kind>/]<name>.<namespace>\', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l path -d 'Path to the directory containing a kustomization.yaml file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l prune -d 'Enable garbage collection' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l wait -d 'Enable health checking of all the applied resources' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l health-check -d 'Workload to be included in the health assessment, in the format \'<kind>/<name>.<namespace>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l health-check-timeout -d 'Timeout of health checking operations' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l validation -d 'Deprecated: all resources are validated using server-side apply dry-run' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l depends-on -d 'Kustomization that must be ready before this Kustomization can be applied, supported formats \'<name>\' and \'<namespace>/<name>\', also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l service-account -d 'The name of the service account to impersonate when reconciling this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l decryption-provider -d 'Decryption provider, available options are: (sops)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l decryption-secret -d 'Set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l target-namespace -d 'Overrides the namespace of all Kustomization objects reconciled by this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kubeconfig-secret-ref -d 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l retry-interval -d 'The interval at which to retry a previously failed reconciliation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l release-name -d 'Name used for the Helm release, defaults to a composition of \'[<target-namespace>-]<HelmRelease-name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l source -d 'Source that contains the chart in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (HelmRepository, GitRepository, Bucket)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart -d 'Helm chart name or path' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart-version -d 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l depends-on -d 'HelmReleases that must be ready before this release can be installed, supported formats \'<name>\' and \'<namespace>/<name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l target-namespace -d 'Namespace to install this release, defaults to the HelmRelease namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l storage-namespace -d 'Namespace to store the Helm release, defaults to the target namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l create-target-namespace -d 'Create the target namespace if it does not exist' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l service-account -d 'The name of the service account to impersonate when reconciling this HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l reconcile-strategy -d 'The reconcile strategy for helm chart created by the helm release(accepted values: Revision and ChartRevision)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart-interval -d 'The interval of which to check for new chart versions' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l values -d 'Local path to values.yaml files, also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l values-from -d 'A Kubernetes object reference that contains the values.yaml data key in the format \'<kind>/<name>\', where kind must be one of: (Secret,ConfigMap)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l crds -d 'Upgrade CRDs policy' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kubeconfig-secret-ref -d 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart-ref -d 'The name of the HelmChart resource to use as source for the HelmRelease, in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (OCIRepository,HelmChart)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l release-name -d 'Name used for the Helm release, defaults to a composition of \'[<target-namespace>-]<HelmRelease-name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l source -d 'Source that contains the chart in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (HelmRepository, GitRepository, Bucket)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart -d 'Helm chart name or path' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart-version -d 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l depends-on -d 'HelmReleases that must be ready before this release can be installed, supported formats \'<name>\' and \'<namespace>/<name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l target-namespace -d 'Namespace to install this release, defaults to the HelmRelease namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l storage-namespace -d 'Namespace to store the Helm release, defaults to the target namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l create-target-namespace -d 'Create the target namespace if it does not exist' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l service-account -d 'The name of the service account to impersonate when reconciling this HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l reconcile-strategy -d 'The reconcile strategy for helm chart created by the helm release(accepted values: Revision and ChartRevision)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart-interval -d 'The interval of which to check for new chart versions' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l values -d 'Local path to values.yaml files, also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l values-from -d 'A Kubernetes object reference that contains the values.yaml data key in the format \'<kind>/<name>\', where kind must be one of: (Secret,ConfigMap)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l crds -d 'Upgrade CRDs policy' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kubeconfig-secret-ref -d 'The name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart-ref -d 'The name of the HelmChart resource to use as source for the HelmRelease, in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (OCIRepository,HelmChart)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l with-namespace -d 'Namespace belonging to this tenant' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l cluster-role -d 'Cluster role of the tenant role binding' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l with-service-account -d 'Service account belonging to this tenant' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l skip-namespace -d 'Skip namespace creation (namespace must exist already)'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l provider-ref -d 'Reference to provider' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l event-severity -d 'Severity of events to send alerts for' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l event-source -d 'Sources that should generate alerts (<kind>/<name>), also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l type -d 'Type of provider' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l channel -d 'Channel to send messages to in the case of a chat provider' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l username -d 'Bot username used by the provider' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l address -d 'Path to either the git repository, chat provider or webhook' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l secret-ref -d 'Name of secret containing authentication token' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l type -d 'The receiver type' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l secret-ref -d 'Name of the Secret holding the webhook token' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l event -d 'Also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l resource -d 'Also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l interval -d 'Source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l label -d 'Set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l export -d 'Export in YAML format to stdout'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Create or update an ImagePolicy object'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Create or update an ImageRepository object'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "update" -d 'Create or update an ImageUpdateAutomation object'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "source" -d 'Create or update sources'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create or update Kubernetes secrets'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "tenant" -d 'Create or update a tenant'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Create or update a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "alert-provider" -d 'Create or update a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Create or update a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "image" -d 'Create or update resources dealing with image automation'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -f -a "kustomization" -d 'Debug a Flux Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -f -a "ks" -d 'Debug a Flux Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -f -a "helmrelease" -d 'Debug a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -f -a "hr" -d 'Debug a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from kustomization ks helmrelease hr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l show-status -d 'Print the status of the Flux Kustomization' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l show-vars -d 'Print the final vars of the Flux Kustomization in dot env format' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l show-history -d 'Print the reconciliation history of the Flux Kustomization' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l show-status -d 'Print the status of the Flux Kustomization' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l show-vars -d 'Print the final vars of the Flux Kustomization in dot env format' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l show-history -d 'Print the reconciliation history of the Flux Kustomization' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l show-status -d 'Print the status of the Helm release' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l show-values -d 'Print the final values of the Helm release' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l show-history -d 'Print the reconciliation history of the Helm release' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l show-status -d 'Print the status of the Helm release' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l show-values -d 'Print the final values of the Helm release' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l show-history -d 'Print the reconciliation history of the Helm release' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Debug a Flux Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Debug a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "source" -d 'Delete sources'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "kustomization" -d 'Delete a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "ks" -d 'Delete a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "helmrelease" -d 'Delete a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "hr" -d 'Delete a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert" -d 'Delete a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert-provider" -d 'Delete a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "receiver" -d 'Delete a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "image" -d 'Delete image automation objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Delete a Bucket source'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "git" -d 'Delete a GitRepository source'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Delete a HelmRepository source'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Delete an OCIRepository source'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Delete a HelmChart source'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -s s -l silent -d 'Delete resource without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Delete an ImagePolicy object'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Delete an ImageRepository object'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "update" -d 'Delete an ImageUpdateAutomation object'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "source" -d 'Delete sources'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Delete a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Delete a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Delete a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "alert-provider" -d 'Delete a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Delete a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "image" -d 'Delete image automation objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -f -a "artifact" -d 'Diff a local directory against an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -f -a "kustomization" -d 'Diff Kustomization'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -f -a "helmrelease" -d 'Diff HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization helmrelease help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l path -d 'path to the directory where the Kubernetes manifests are located' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l creds -d 'credentials for OCI registry in the format <username>[:<password>] if --provider is generic' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l provider -d 'the OCI provider name, available options are: (generic, aws, azure, gcp)' -r -f -a "generic\t''
aws\t''
azure\t''
gcp\t''"
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l ignore-paths -d 'set paths to ignore in .gitignore format' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allows the registry to be reached without TLS'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l path -d 'Path to a local directory that matches the specified Kustomization.spec.path' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l progress-bar -d 'Boolean to set the progress bar. The default value is true' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l ignore-paths -d 'set paths to ignore in .gitignore format' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kustomization-file -d 'Path to the Flux Kustomization YAML file' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l local-sources -d 'Comma-separated list of repositories in format: Kind/namespace/name=path' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l in-memory-build -d 'Use in-memory filesystem during build' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l strict-substitute -d 'When enabled, the post build substitutions will fail if a var without a default value is declared in files but is missing from the input vars'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -s r -l recursive -d 'Recursively diff Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l ignore-not-found -d 'Ignore Kustomization not found errors on the cluster when diffing'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l chart-path -d 'Render this local chart directory instead of the chart of the HelmRelease\'s source' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -s f -l values -d 'Local values files merged, in order, over the HelmRelease\'s values' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Diff a local directory against an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Diff Kustomization'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Diff HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l strict -d 'Fail if a variable without a default value is declared in the input but is missing from the environment'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand events" -l for -d 'Get events for a particular object' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l types -d 'Filter events for certain types (valid types are: Normal, Warning)' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand events" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand events" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand events" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand events" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand events" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand events" -s A -l all-namespaces -d 'Display events from Flux resources across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand events" -s w -l watch -d 'Indicate if the events should be streamed'
complete -c flux -n "__fish_flux_using_subcommand events" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand events" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand events" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand events" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand events" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "source" -d 'Export sources'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "kustomization" -d 'Export Kustomization resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "ks" -d 'Export Kustomization resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "helmrelease" -d 'Export HelmRelease resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "hr" -d 'Export HelmRelease resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "alert" -d 'Export Alert resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "alert-provider" -d 'Export Provider resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "receiver" -d 'Export Receiver resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "image" -d 'Export image automation objects'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "artifact" -d 'Export artifact objects'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image artifact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Export Bucket sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "git" -d 'Export GitRepository sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Export HelmRepository sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Export OCIRepository sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Export HelmChart sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "external" -d 'Export ExternalArtifact sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Export ImagePolicy resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Export ImageRepository resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "update" -d 'Export ImageUpdateAutomation resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l all -d 'Select all resources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -f -a "generator" -d 'Export ArtifactGenerator resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "source" -d 'Export sources'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Export Kustomization resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Export HelmRelease resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Export Alert resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "alert-provider" -d 'Export Provider resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Export Receiver resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "image" -d 'Export image automation objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Export artifact objects'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "sources" -d 'Get source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "ks" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "kustomization" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "hr" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "helmrelease" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "alert" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "alert-providers" -d 'Get Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "alert-provider" -d 'Get Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "receiver" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "images" -d 'Get image automation object status'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "image" -d 'Get image automation object status'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "artifacts" -d 'Get artifact object status'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "artifact" -d 'Get artifact object status'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "all" -d 'Get all resources and statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from sources kustomizations ks kustomization helmreleases hr helmrelease alerts alert alert-providers alert-provider receivers receiver images image artifacts artifact all help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "all" -d 'Get all source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "bucket" -d 'Get Bucket source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "git" -d 'Get GitRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "helm" -d 'Get HelmRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "oci" -d 'Get OCIRepository statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "chart" -d 'Get HelmChart statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "external" -d 'Get ExternalArtifact source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l show-source -d 'Show the source reference for each kustomization'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l show-source -d 'Show the source reference for each kustomization'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l show-source -d 'Show the source reference for each kustomization'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l show-source -d 'Show the source reference for each helmrelease'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l show-source -d 'Show the source reference for each helmrelease'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l show-source -d 'Show the source reference for each helmrelease'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "all" -d 'Get all image statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "policy" -d 'Get ImagePolicy status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "repository" -d 'Get ImageRepository status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "update" -d 'Get ImageUpdateAutomation status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "all" -d 'Get all image statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Get ImagePolicy status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Get ImageRepository status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "update" -d 'Get ImageUpdateAutomation status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -f -a "generators" -d 'Get artifact generator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -f -a "generator" -d 'Get artifact generator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -f -a "generators" -d 'Get artifact generator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -f -a "generator" -d 'Get artifact generator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l status-selector -d 'Specify the status condition name and the desired state to filter the get result, e.g. ready=false' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s l -l label-selector -d 'Filter objects by label selector' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s A -l all-namespaces -d 'List the requested object(s) across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l no-header -d 'Skip the header when printing the results'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s w -l watch -d 'After listing the requested objects, watch for changes'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "sources" -d 'Get source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "alert-providers" -d 'Get Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "images" -d 'Get image automation object status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "artifacts" -d 'Get artifact object status'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "all" -d 'Get all resources and statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand install" -s v -l version -d 'Toolkit version (the image tag of the flux controller image)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l components -d 'List of components to install' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l components-extra -d 'List of components in addition to those supplied or defaulted, accepts values such as \'image-reflector-controller,image-automation-controller,source-watcher\'' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l registry -d 'Container registry where the toolkit images are published' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l registry-creds -d 'Container registry credentials in the format \'user:password\', requires --image-pull-secret to be set' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l image-pull-secret -d 'Kubernetes secret name used for pulling the toolkit images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l watch-all-namespaces -d 'If true the toolkit will watch for custom resources in all namespaces' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand install" -l log-level -d 'Log level, available options are: (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l network-policy -d 'Deny ingress access to the toolkit controllers from other namespaces using network policies' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand install" -l cluster-domain -d 'Internal cluster domain' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l toleration-keys -d 'Toleration keys used to schedule the components pods onto nodes with matching taints' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l shards -d 'Shard names: each gets its own `flux serve` Deployment reconciling the objects labelled `sharding.fluxcd.io/key: <shard>` (not in Flux\'s CLI; see docs/sharding.md)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand install" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand install" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand install" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand install" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand install" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand install" -l export -d 'Write the install manifests to stdout and exit'
complete -c flux -n "__fish_flux_using_subcommand install" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand install" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand install" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand install" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand install" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand logs" -l level -d 'Log level' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kind -d 'Displays errors of a particular toolkit kind e.g GitRepository' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l name -d 'Specifies the name of the object logs to be displayed' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l tail -d 'Lines of recent log file to display' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l flux-namespace -d 'The namespace where the Flux components are running' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l since -d 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l since-time -d 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand logs" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand logs" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand logs" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand logs" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand logs" -s f -l follow -d 'Specifies if the logs should be streamed'
complete -c flux -n "__fish_flux_using_subcommand logs" -s A -l all-namespaces -d 'Displays logs for objects across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand logs" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand logs" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand logs" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand logs" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand logs" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand migrate" -s f -l path -d 'the path to the directory containing the manifests to migrate' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s e -l extensions -d 'the file extensions to consider when migrating manifests, only applicable with --path' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s v -l version -d 'the target Flux minor version to migrate manifests to, only applicable with --path (defaults to the version of the CLI)' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand migrate" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand migrate" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand migrate" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand migrate" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand migrate" -s y -l yes -d 'skip confirmation prompts when migrating manifests, only applicable with --path'
complete -c flux -n "__fish_flux_using_subcommand migrate" -l dry-run -d 'simulate the migration of manifests without making any changes, only applicable with --path'
complete -c flux -n "__fish_flux_using_subcommand migrate" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand migrate" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand migrate" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand migrate" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand migrate" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "install" -d 'Install a plugin from the catalog'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "list" -d 'List installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "ls" -d 'List installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "search" -d 'Search the plugin catalog'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "uninstall" -d 'Uninstall a plugin'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "delete" -d 'Uninstall a plugin'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "update" -d 'Update installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "upgrade" -d 'Update installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install a plugin from the catalog'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "list" -d 'List installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search the plugin catalog'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "uninstall" -d 'Uninstall a plugin'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "source" -d 'Reconcile sources'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "kustomization" -d 'Reconcile a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "ks" -d 'Reconcile a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "helmrelease" -d 'Reconcile a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "hr" -d 'Reconcile a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "receiver" -d 'Reconcile a Receiver'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "image" -d 'Reconcile image automation objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr receiver image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Reconcile a Bucket source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "git" -d 'Reconcile a GitRepository source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Reconcile a HelmRepository source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Reconcile an OCIRepository source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Reconcile a HelmChart source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l with-source -d 'Reconcile Kustomization source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l with-source -d 'Reconcile Kustomization source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l with-source -d 'Reconcile HelmRelease source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l force -d 'Force a one-off install or upgrade of the HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l reset -d 'Reset the failure count for this HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l with-source -d 'Reconcile HelmRelease source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l force -d 'Force a one-off install or upgrade of the HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l reset -d 'Reset the failure count for this HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Reconcile an ImagePolicy'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Reconcile an ImageRepository'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "update" -d 'Reconcile an ImageUpdateAutomation'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from help" -f -a "source" -d 'Reconcile sources'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Reconcile a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Reconcile a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Reconcile a Receiver'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from help" -f -a "image" -d 'Reconcile image automation objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "source" -d 'Resume sources'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "kustomization" -d 'Resume a suspended Kustomization'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "ks" -d 'Resume a suspended Kustomization'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "helmrelease" -d 'Resume a suspended HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "hr" -d 'Resume a suspended HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert" -d 'Resume a suspended Alert'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert-provider" -d 'Resume a suspended Provider'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "receiver" -d 'Resume a suspended Receiver'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "image" -d 'Resume image automation objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Resume a suspended Bucket'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "git" -d 'Resume a suspended GitRepository'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Resume a suspended HelmRepository'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Resume a suspended OCIRepository'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Resume a suspended HelmChart'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l wait -d 'Waits for one resource to reconcile before moving to the next one (default: when one name is given)' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l all -d 'Resume all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Resume an ImagePolicy'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Resume a suspended ImageRepository'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "update" -d 'Resume a suspended ImageUpdateAutomation'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "source" -d 'Resume sources'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Resume a suspended Kustomization'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Resume a suspended HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Resume a suspended Alert'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "alert-provider" -d 'Resume a suspended Provider'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Resume a suspended Receiver'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "image" -d 'Resume image automation objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand serve" -l components -d 'Components whose controllers to run' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l watch-all-namespaces -d 'Watch for custom resources in all namespaces; if false, only in the --namespace of this process' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand serve" -l enable-leader-election -d 'Take part in leader election, so that only one process reconciles' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand serve" -l log-level -d 'Log level: debug, info or error' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l log-encoding -d 'Log encoding: json or console' -r -f -a "json\t'One JSON object per line'
console\t'Human-readable lines'"
complete -c flux -n "__fish_flux_using_subcommand serve" -l metrics-addr -d 'Address the Prometheus metrics endpoint binds to' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l health-addr -d 'Address the health and readiness probes bind to' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l leader-election-id -d 'Identity written into the leader Lease (default: host name and process id)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l storage-path -d 'The local storage path of the artifact store' -r -F
complete -c flux -n "__fish_flux_using_subcommand serve" -l storage-addr -d 'The address the artifact file server binds to' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l storage-adv-addr -d 'The advertised address of the artifact server (default: source-controller.$RUNTIME_NAMESPACE.svc.cluster.local., or localhost outside a cluster)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l requeue-dependency -d 'The interval at which failing dependencies are reevaluated (a dependency turning ready wakes its dependants at once)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l no-cross-namespace-refs -d 'When set to true, references between custom resources are allowed only if the reference and the referee are in the same namespace' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand serve" -l default-service-account -d 'Default service account impersonated by Kustomizations that set no spec.serviceAccountName' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l concurrent-ssa -d 'The number of objects a Kustomization applies in parallel within a stage' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l no-remote-bases -d 'Refuse kustomize remote bases. Accepted for compatibility: the native kustomize engine never fetches remote bases, so they are always refused with a clear error' -r -f -a "true\t''
false\t''"
complete -c flux -n "__fish_flux_using_subcommand serve" -l override-manager -d 'Field manager whose changes to applied objects are reverted, like kubectl\'s (repeatable or comma-separated; `--disallowed-field-managers` is the former name)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l concurrent -d 'The number of Kustomizations reconciled at the same time; 0 reconciles all at once (a health wait holds no worker, so there is nothing to bound by default)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l graceful-shutdown-timeout -d 'The time given to running reconciles to reach a safe point on SIGTERM before the process stops anyway' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l watch-label-selector -d 'Reconcile only the objects matching this label selector, e.g. `sharding.fluxcd.io/key=shard1`; each selector elects its own leader' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l events-addr -d 'The address notification-controller\'s events endpoint binds to (Flux\'s controllers POST events there)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l receiver-addr -d 'The address the webhook receiver endpoint binds to' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l rate-limit-interval -d 'Interval in which duplicate events are dropped by notification-controller\'s rate limit' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l feature-gates -d 'Feature gates as Name=true|false pairs (repeatable or comma-separated), e.g. `StrictPostBuildSubstitutions=false,ExternalArtifact=true`' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand serve" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand serve" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand serve" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand serve" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand serve" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand serve" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand serve" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand serve" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand serve" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand stats" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand stats" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand stats" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand stats" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand stats" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand stats" -s A -l all-namespaces -d 'List the statistics for objects across all namespaces'
complete -c flux -n "__fish_flux_using_subcommand stats" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand stats" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand stats" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand stats" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand stats" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -f -a "artifact" -d 'Push an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s f -l path -d 'path to the directory where the Kubernetes manifests are located' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l source -d 'the source address, e.g. the Git URL' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l revision -d 'the source revision in the format \'<branch|tag>@sha1:<commit-sha>\'' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l creds -d 'credentials for OCI registry in the format <username>[:<password>] if --provider is generic' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l provider -d 'the OCI provider name, available options are: (generic, aws, azure, gcp)' -r -f -a "generic\t''
aws\t''
azure\t''
gcp\t''"
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l ignore-paths -d 'set paths to ignore in .gitignore format' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s a -l annotations -d 'Set custom OCI annotations in the format \'<key>=<value>\'' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s o -l output -d 'the format in which the artifact digest should be printed, can be \'json\' or \'yaml\'' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allows the registry to be reached without TLS'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l debug -d 'display logs from underlying library'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l reproducible -d 'ensure reproducible image digests by setting the created timestamp to \'1970-01-01T00:00:00Z\''
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Push an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -f -a "artifact" -d 'Pull an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -s o -l output -d 'path where the artifact content should be extracted' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l creds -d 'credentials for OCI registry in the format <username>[:<password>] if --provider is generic' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l provider -d 'the OCI provider name, available options are: (generic, aws, azure, gcp)' -r -f -a "generic\t''
aws\t''
azure\t''
gcp\t''"
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allows the registry to be reached without TLS'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Pull an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -f -a "artifact" -d 'Tag an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l tag -d 'tag name' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l creds -d 'credentials for OCI registry in the format <username>[:<password>] if --provider is generic' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l provider -d 'the OCI provider name, available options are: (generic, aws, azure, gcp)' -r -f -a "generic\t''
aws\t''
azure\t''
gcp\t''"
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allows the registry to be reached without TLS'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Tag an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -f -a "artifacts" -d 'List the tags and their metadata of an OCI repository'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l filter-semver -d 'filter tags returned from the oci repository using semver' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l filter-regex -d 'filter tags returned from the oci repository using regex' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l creds -d 'credentials for OCI registry in the format <username>[:<password>] if --provider is generic' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l provider -d 'the OCI provider name, available options are: (generic, aws, azure, gcp)' -r -f -a "generic\t''
aws\t''
azure\t''
gcp\t''"
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l insecure-registry -d 'allows the registry to be reached without TLS'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "artifacts" -d 'List the tags and their metadata of an OCI repository'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "source" -d 'Suspend sources'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "kustomization" -d 'Suspend reconciliation of Kustomization'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "ks" -d 'Suspend reconciliation of Kustomization'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "helmrelease" -d 'Suspend reconciliation of HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "hr" -d 'Suspend reconciliation of HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert" -d 'Suspend reconciliation of Alert'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "alert-provider" -d 'Suspend reconciliation of Provider'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "receiver" -d 'Suspend reconciliation of Receiver'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "image" -d 'Suspend image automation objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from source kustomization ks helmrelease hr alert alert-provider receiver image help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Suspend reconciliation of a Bucket'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "git" -d 'Suspend reconciliation of a GitRepository'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Suspend reconciliation of a HelmRepository'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Suspend reconciliation of an OCIRepository'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Suspend reconciliation of a HelmChart'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l all -d 'Suspend all resources in that namespace'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Suspend an ImagePolicy'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Suspend reconciliation of an ImageRepository'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "update" -d 'Suspend reconciliation of an ImageUpdateAutomation'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "source" -d 'Suspend sources'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Suspend reconciliation of Kustomization'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "helmrelease" -d 'Suspend reconciliation of HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Suspend reconciliation of Alert'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "alert-provider" -d 'Suspend reconciliation of Provider'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Suspend reconciliation of Receiver'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "image" -d 'Suspend image automation objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand trace" -l kind -d 'The Kubernetes object kind, e.g. Deployment' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l api-version -d 'The Kubernetes object API version, e.g. \'apps/v1\'' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand trace" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trace" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trace" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trace" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand trace" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand trace" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand trace" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand trace" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand trace" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -f -a "receiver" -d 'Trigger the webhook of a Receiver'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l url -d 'The base URL of the notification-controller webhook receiver, may contain a base path' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l type -d 'The Receiver type, one of: generic, generic-hmac, generic-oidc' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l oidc-provider -d 'The OIDC provider to fetch the token from, one of: github, forgejo (generic-oidc only, mutually exclusive with --oidc-token)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l oidc-token -d 'The OIDC token to authenticate the request (generic-oidc only, mutually exclusive with --oidc-provider); defaults to the FLUX_TRIGGER_RECEIVER_OIDC_TOKEN environment variable' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l oidc-audience -d 'The audience of the OIDC token to fetch (requires --oidc-provider); defaults to "notification-controller"' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l payload -d 'The JSON payload to send in the request body' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l retries -d 'The number of times to retry on connection errors or retryable HTTP status codes (404, 408, 429, 5xx); set to 0 to disable' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l retry-delay -d 'The delay between retries' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from help" -f -a "receiver" -d 'Trigger the webhook of a Receiver'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -f -a "kustomization" -d 'Print the resource inventory of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -f -a "ks" -d 'Print the resource inventory of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -f -a "artifact" -d 'Print artifact objects reconciled by Flux'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from kustomization ks artifact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -s o -l output -d 'The format in which the tree should be printed. can be \'json\' or \'yaml\'' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l compact -d 'List Flux resources only'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -s o -l output -d 'The format in which the tree should be printed. can be \'json\' or \'yaml\'' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l compact -d 'List Flux resources only'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -f -a "generator" -d 'Print the inventory of an ArtifactGenerator'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from help" -f -a "kustomization" -d 'Print the resource inventory of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from help" -f -a "artifact" -d 'Print artifact objects reconciled by Flux'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l keep-namespace -d 'Skip namespace deletion'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l dry-run -d 'Only print the objects that would be deleted'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -s s -l silent -d 'Delete components without asking for confirmation'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand version" -s o -l output -d 'The format in which to print the version information; yaml or json' -r -f -a "yaml\t'YAML map'
json\t'JSON object'"
complete -c flux -n "__fish_flux_using_subcommand version" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand version" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand version" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand version" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand version" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand version" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand version" -l client -d 'Print only the client version'
complete -c flux -n "__fish_flux_using_subcommand version" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand version" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand version" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand version" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand docgen" -l path -d 'Directory to write the pages into' -r -F
complete -c flux -n "__fish_flux_using_subcommand docgen" -l kubeconfig -d 'Path to the kubeconfig file' -r -F
complete -c flux -n "__fish_flux_using_subcommand docgen" -l context -d 'The name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -s n -l namespace -d 'The namespace scope for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l timeout -d 'Timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l server -d 'The address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l token -d 'Bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as -d 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as-group -d 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as-user-extra -d 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l certificate-authority -d 'Path to a cert file for the certificate authority to authenticate the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand docgen" -l client-certificate -d 'Path to a client certificate file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand docgen" -l client-key -d 'Path to a client key file for TLS authentication to the Kubernetes API server' -r -F
complete -c flux -n "__fish_flux_using_subcommand docgen" -l tls-server-name -d 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l cluster -d 'The name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l user -d 'The name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l kube-api-qps -d 'The maximum queries-per-second of requests sent to the Kubernetes API (default 50; `flux serve`: unlimited)' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l kube-api-burst -d 'The maximum burst queries-per-second of requests sent to the Kubernetes API (default 300)' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l cache-dir -d 'Default cache directory (accepted for Flux compatibility: we keep no discovery cache)' -r -F
complete -c flux -n "__fish_flux_using_subcommand docgen" -l verbose -d 'Print generated objects'
complete -c flux -n "__fish_flux_using_subcommand docgen" -l ns-follows-kube-context -d 'Use the namespace from the kubeconfig context instead of the default flux-system namespace, can also be set via FLUX_NS_FOLLOWS_KUBE_CONTEXT env var'
complete -c flux -n "__fish_flux_using_subcommand docgen" -l insecure-skip-tls-verify -d 'If true, the Kubernetes API server\'s certificate will not be checked for validity. This will make your HTTPS connections insecure'
complete -c flux -n "__fish_flux_using_subcommand docgen" -l disable-compression -d 'If true, opt-out of response compression for all requests to the server'
complete -c flux -n "__fish_flux_using_subcommand docgen" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "bootstrap" -d 'Deploy Flux on a cluster the GitOps way'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "build" -d 'Build a flux resource locally'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "check" -d 'Check requirements and installation'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "completion" -d 'Generate shell completion scripts'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "create" -d 'Create or update sources and resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "debug" -d 'Debug a flux resource'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "delete" -d 'Delete sources and resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "diff" -d 'Diff a flux resource'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "envsubst" -d 'Substitute environment variables in stdin, as Flux\'s post-build substitution does'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "events" -d 'Display Kubernetes events for Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "export" -d 'Export resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "get" -d 'Get the resources and their status'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "install" -d 'Install or upgrade Flux'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "logs" -d 'Display formatted logs for Flux components'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "migrate" -d 'Migrate the Flux custom resources to their latest API version'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "plugin" -d 'Manage Flux CLI plugins'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "reconcile" -d 'Reconcile sources and resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "resume" -d 'Resume suspended resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "serve" -d 'Run every Flux controller in this process'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "stats" -d 'Stats of Flux reconciles'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "push" -d 'Push to a repository'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "pull" -d 'Pull artifacts from a repository'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "tag" -d 'Tag artifacts in a repository'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "list" -d 'List artifacts in a repository'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "suspend" -d 'Suspend reconciliation of resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "trace" -d 'Trace in-cluster objects throughout the GitOps delivery pipeline'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "trigger" -d 'Trigger Flux resources from outside the cluster'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "tree" -d 'Print the resources reconciled by Flux'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "uninstall" -d 'Uninstall Flux and its custom resource definitions'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "version" -d 'Print the client and server-side components version information'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "docgen" -d 'Generate the command reference in Markdown'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff envsubst events export get install logs migrate plugin reconcile resume serve stats push pull tag list suspend trace trigger tree uninstall version docgen help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "bitbucket-server" -d 'Deploy Flux on a cluster connected to a Bitbucket Server repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "git" -d 'Deploy Flux on a cluster connected to a Git repository (any server, no provider API)'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "github" -d 'Deploy Flux on a cluster connected to a GitHub repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "gitlab" -d 'Deploy Flux on a cluster connected to a GitLab repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "gitea" -d 'Deploy Flux on a cluster connected to a Gitea repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from build" -f -a "artifact" -d 'Build an artifact tarball from a directory, as `flux push artifact` would push it'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from build" -f -a "kustomization" -d 'Build a Kustomization locally: kustomize build, post-build substitution, owner labels, masked secrets'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "bash" -d 'Generate the autocompletion script for bash'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "zsh" -d 'Generate the autocompletion script for zsh'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "fish" -d 'Generate the autocompletion script for fish'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "powershell" -d 'Generate the autocompletion script for powershell'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "source" -d 'Create or update sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "secret" -d 'Create or update Kubernetes secrets'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "kustomization" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "helmrelease" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "tenant" -d 'Create or update a tenant'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "alert" -d 'Create or update a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "alert-provider" -d 'Create or update a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "receiver" -d 'Create or update a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "image" -d 'Create or update resources dealing with image automation'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from debug" -f -a "kustomization" -d 'Debug a Flux Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from debug" -f -a "helmrelease" -d 'Debug a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "source" -d 'Delete sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "kustomization" -d 'Delete a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "helmrelease" -d 'Delete a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "alert" -d 'Delete a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "alert-provider" -d 'Delete a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "receiver" -d 'Delete a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "image" -d 'Delete image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from diff" -f -a "artifact" -d 'Diff a local directory against an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from diff" -f -a "kustomization" -d 'Diff Kustomization'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from diff" -f -a "helmrelease" -d 'Diff HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "source" -d 'Export sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "kustomization" -d 'Export Kustomization resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "helmrelease" -d 'Export HelmRelease resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "alert" -d 'Export Alert resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "alert-provider" -d 'Export Provider resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "receiver" -d 'Export Receiver resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "image" -d 'Export image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "artifact" -d 'Export artifact objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "sources" -d 'Get source statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "alert-providers" -d 'Get Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "images" -d 'Get image automation object status'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "artifacts" -d 'Get artifact object status'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "all" -d 'Get all resources and statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "install" -d 'Install a plugin from the catalog'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "list" -d 'List installed plugins'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "search" -d 'Search the plugin catalog'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "uninstall" -d 'Uninstall a plugin'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "update" -d 'Update installed plugins'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "source" -d 'Reconcile sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "kustomization" -d 'Reconcile a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "helmrelease" -d 'Reconcile a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "receiver" -d 'Reconcile a Receiver'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "image" -d 'Reconcile image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "source" -d 'Resume sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "kustomization" -d 'Resume a suspended Kustomization'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "helmrelease" -d 'Resume a suspended HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "alert" -d 'Resume a suspended Alert'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "alert-provider" -d 'Resume a suspended Provider'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "receiver" -d 'Resume a suspended Receiver'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "image" -d 'Resume image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from push" -f -a "artifact" -d 'Push an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from pull" -f -a "artifact" -d 'Pull an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "artifact" -d 'Tag an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "artifacts" -d 'List the tags and their metadata of an OCI repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "source" -d 'Suspend sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "kustomization" -d 'Suspend reconciliation of Kustomization'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "helmrelease" -d 'Suspend reconciliation of HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "alert" -d 'Suspend reconciliation of Alert'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "alert-provider" -d 'Suspend reconciliation of Provider'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "receiver" -d 'Suspend reconciliation of Receiver'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "image" -d 'Suspend image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from trigger" -f -a "receiver" -d 'Trigger the webhook of a Receiver'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from tree" -f -a "kustomization" -d 'Print the resource inventory of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from tree" -f -a "artifact" -d 'Print artifact objects reconciled by Flux'
