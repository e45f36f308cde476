//! Moving between screens: the screen shown lives in the address's `#...` part, so Back and Forward work.

use leptos::prelude::*;

use crate::core::route::Route;

/// Moves to a screen by changing the address, so Back and Forward work.
pub fn navigate(route: &Route) {
    if window().location().set_hash(&route.hash()).is_err() {
        leptos::logging::warn!("could not change the address");
    }
}
