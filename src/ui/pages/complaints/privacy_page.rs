//! Data protection (being built).

use yew::prelude::*;

/// Data protection.
#[component]
pub fn DataProtectionPage() -> Html {
    html! { <h1>{ "Data protection" }</h1> }
}
