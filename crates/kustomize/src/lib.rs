//! A native kustomize engine (placeholder: being written).
