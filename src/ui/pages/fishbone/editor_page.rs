//! Being written on another branch.
use yew::prelude::*;

/// Props of [`FishbonePage`].
#[derive(Properties, PartialEq)]
pub struct FishbonePageProps {
    pub id: AttrValue,
    pub fishbone: AttrValue,
}

/// Being written.
#[component]
pub fn FishbonePage(props: &FishbonePageProps) -> Html {
    html! { <h1>{ props.fishbone.clone() }</h1> }
}
