//! Ways an agreement leaves the app: Markdown, iCalendar, and JSON files for export, backup and partner exchange.

pub mod exchange;
pub mod ics;
pub mod markdown;
