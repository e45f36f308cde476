//! Entry point: mounts the app in the browser. A native build has nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    mentoring_or_coaching::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: build it with `make dist` or run `make serve`.");
}
