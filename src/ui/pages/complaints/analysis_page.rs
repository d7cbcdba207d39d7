//! Recurring issues (being built).

use yew::prelude::*;

/// Props of [`ComplaintAnalysisPage`].
#[derive(Properties, PartialEq)]
pub struct ComplaintAnalysisPageProps {
    pub id: AttrValue,
}

/// Recurring issues.
#[component]
pub fn ComplaintAnalysisPage(_props: &ComplaintAnalysisPageProps) -> Html {
    html! { <h1>{ "Recurring issues" }</h1> }
}
