//! A native Helm chart renderer (placeholder: being written).
