//! `flux envsubst`: substitute `${VAR}` references in stdin from the environment, with Flux's rules (the same
//! function the Kustomization controller uses for `postBuild`).

use std::io::Read;

use super::printer::Printer;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  # Run env var substitution on the kustomization build output\n  export cluster_region=eu-central-1\n  kustomize build . | flux envsubst\n\n  # Fail if a variable without a default value is not set\n  kustomize build . | flux envsubst --strict"
)]
pub struct Args {
    /// Fail if a variable without a default value is declared in the input but is missing from the environment.
    #[arg(long)]
    pub strict: bool,
}

pub fn run(args: Args, out: &Printer) -> anyhow::Result<()> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let lookup = |name: &str| std::env::var(name).ok();
    let output = kustomize::flux::envsubst(&input, &lookup, args.strict)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    out.out(&output);
    Ok(())
}
