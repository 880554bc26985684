//! End-to-end tests: the real `flux` binary against a real kube-apiserver + etcd + kube-controller-manager +
//! kube-scheduler, with kwok running the Pods that tolerate its fake node's taint (built from their Go
//! modules by `tests/e2e/controlplane`), shared by every test of a run. Tests isolate
//! themselves by namespace; the ones that install or uninstall Flux cluster-wide hold [`harness::exclusive`].
//!
//! Set `FLUX_E2E_KUBECONFIG` to use a running control plane; otherwise the tests start one with
//! `tests/e2e/cluster.sh start` (and leave it running for the next run).

mod apply;
mod artifact_generator;
mod bootstrap;
mod bootstrap_bench;
mod bootstrap_providers;
mod errors;
mod flux_cli;
mod git_servers;
mod harness;
mod health;
mod helm_release;
mod helm_release_cli;
mod helm_servers;
mod interchange;
mod kustomization_cli;
mod kustomize;
mod kustomize_bench;
mod leader;
mod lifecycle;
mod migrate;
mod minio;
mod notifications;
mod providers;
mod runtime;
mod source_bucket;
mod source_git;
mod source_git_bearer;
mod source_git_bench;
mod source_git_cli;
mod source_git_github_app;
mod source_git_mtls;
mod source_git_proxy;
mod source_git_submodules;
mod source_git_verify;
mod source_helm;
mod source_oci;
mod workloads;
