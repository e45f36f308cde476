//! Build step: turns the English catalogue (public/lang/en.json) into Rust, so every text has a
//! constant key checked by the compiler and English ships inside the app with no parsing at run time.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    let source = "public/lang/en.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid JSON: {e}"));
    let Some(map) = json.as_object() else {
        panic!("{source} must be one JSON object of key: text");
    };
    let mut entries: Vec<(&String, &serde_json::Value)> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));

    let mut out = String::new();
    let n = entries.len();
    let mut consts = String::new();
    let mut names = Vec::new();
    for (i, (k, v)) in entries.iter().enumerate() {
        let entry = match v {
            serde_json::Value::String(s) => format!("Entry::Text({s:?})"),
            serde_json::Value::Object(forms) => {
                let mut line = String::from("Entry::Plural(&[");
                for (cat, s) in forms {
                    let Some(s) = s.as_str() else {
                        panic!("{source}: {k}.{cat} must be text");
                    };
                    let _ = write!(line, "({cat:?}, {s:?}), ");
                }
                line.push_str("])");
                line
            }
            _ => panic!("{source}: {k} must be text, or an object of plural forms"),
        };
        let name: String = k
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect();
        // A reference to its English text, so a key is two numbers wherever it is passed.
        let _ = writeln!(
            consts,
            "    pub const {name}: Key = Key {{ index: {i}, english: &{entry} }};"
        );
        names.push(name);
    }
    let _ = writeln!(
        out,
        "/// How many texts the catalogue holds.\npub const COUNT: usize = {n};"
    );
    let _ = writeln!(out, "/// Every key, sorted, so a key is found by binary search.\npub static KEYS: [&str; {n}] = [");
    for (k, _) in &entries {
        let _ = writeln!(out, "    {k:?},");
    }
    let _ = writeln!(out, "];");
    out.push_str("/// One constant per key (`welcome.title` is `key::WELCOME_TITLE`), carrying its English text, so\n/// the text travels with the code that shows it.\n#[allow(dead_code)]\npub mod key {\n    use super::{Entry, Key};\n");
    out.push_str(&consts);
    out.push_str("}\n");
    let _ = writeln!(
        out,
        "/// Every key, in the order of `KEYS`.\npub static ALL: [Key; {n}] = ["
    );
    for name in &names {
        let _ = writeln!(out, "    key::{name},");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("catalogue.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
