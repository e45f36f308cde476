//! Build step: prints the page's static first screen as HTML (`ui::first_screen`), which
//! scripts/first-screen.mjs puts between the markers in the built index.html.

fn main() {
    match mentoring_or_coaching::ui::first_screen::render() {
        Ok(html) => println!("{html}"),
        Err(why) => {
            eprintln!("render-welcome: {why}");
            std::process::exit(1);
        }
    }
}
