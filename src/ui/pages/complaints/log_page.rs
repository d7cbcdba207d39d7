//! The complaint log (being built).

use yew::prelude::*;

/// Props of [`ComplaintLogPage`].
#[derive(Properties, PartialEq)]
pub struct ComplaintLogPageProps {
    pub id: AttrValue,
    #[prop_or_default]
    pub entry: Option<AttrValue>,
}

/// The complaint log of one project.
#[component]
pub fn ComplaintLogPage(_props: &ComplaintLogPageProps) -> Html {
    html! { <h1>{ "Complaint log" }</h1> }
}
