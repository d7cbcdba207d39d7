//! A message box across the page. Errors and warnings are ARIA alerts, so screen
//! readers announce them; the kind is said in words, not by colour alone.

use yew::prelude::*;

/// How serious a banner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    Error,
    Warning,
    Info,
    Success,
}

impl BannerKind {
    fn word(self) -> &'static str {
        match self {
            BannerKind::Error => "Error",
            BannerKind::Warning => "Warning",
            BannerKind::Info => "Information",
            BannerKind::Success => "Done",
        }
    }

    fn class(self) -> &'static str {
        match self {
            BannerKind::Error => "banner banner--error",
            BannerKind::Warning => "banner banner--warning",
            BannerKind::Info => "banner banner--info",
            BannerKind::Success => "banner banner--success",
        }
    }
}

/// Props of [`Banner`].
#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub kind: BannerKind,
    pub title: AttrValue,
    /// An id, making the banner focusable from script (for moving focus to an outcome).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A titled message; its children hold the explanation and any actions.
#[component]
pub fn Banner(props: &BannerProps) -> Html {
    let role = match props.kind {
        BannerKind::Error | BannerKind::Warning => "alert",
        BannerKind::Info | BannerKind::Success => "status",
    };
    html! {
        <div class={props.kind.class()} role={role} id={props.id.clone()}
            tabindex={props.id.as_ref().map(|_| "-1")}>
            <p class="banner__title">
                <span class="banner__kind">{ props.kind.word() }{ ": " }</span>
                { props.title.clone() }
            </p>
            <div class="banner__body">{ props.children.clone() }</div>
        </div>
    }
}
