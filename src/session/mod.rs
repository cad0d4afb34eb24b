//! Page state that needs no browser, so it is tested natively with `cargo test`: what autosave
//! owes the stored record (`saving`) and what a text field holds while a person types (`draft`).
//! The yew page (`app`, wasm32 only) renders these and runs their effects.

pub mod draft;
pub mod saving;
