//! Prints `kustomize build <dir>` output: `cargo run -p kustomize --example kbuild -- <dir> [--fifo] [--boundary <dir>]`.

use std::path::PathBuf;

use kustomize::{BuildOptions, DiskFs, SortOrder, build};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = BuildOptions::default();
    let mut dir = PathBuf::from(".");
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--fifo" => opts.sort = SortOrder::Fifo,
            "--boundary" => {
                i += 1;
                opts.boundary = args.get(i).map(PathBuf::from);
            }
            other => dir = PathBuf::from(other),
        }
        i += 1;
    }
    match build(&DiskFs, &dir, &opts) {
        Ok(list) => print!("{}", list.to_yaml()),
        Err(e) => {
            eprintln!("Error: {e}");
            std::process::exit(1);
        }
    }
}
