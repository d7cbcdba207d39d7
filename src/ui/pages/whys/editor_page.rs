//! Being written on another branch.
use yew::prelude::*;

/// Props of [`WhysPage`].
#[derive(Properties, PartialEq)]
pub struct WhysPageProps {
    pub id: AttrValue,
    pub whys: AttrValue,
}

/// Being written.
#[component]
pub fn WhysPage(props: &WhysPageProps) -> Html {
    html! { <h1>{ props.whys.clone() }</h1> }
}
