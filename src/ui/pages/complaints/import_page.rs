//! Import complaints (being built).

use yew::prelude::*;

/// Props of [`ComplaintImportPage`].
#[derive(Properties, PartialEq)]
pub struct ComplaintImportPageProps {
    pub id: AttrValue,
}

/// Import complaints.
#[component]
pub fn ComplaintImportPage(_props: &ComplaintImportPageProps) -> Html {
    html! { <h1>{ "Import complaints" }</h1> }
}
