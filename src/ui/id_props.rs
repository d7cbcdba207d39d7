//! Typed ids (`CardId`, `CauseId`, …) straight into attributes, props and keys.

/// Lets a typed id go straight into an attribute or an `AttrValue` prop.
macro_rules! id_props {
    ($($id:ty),*) => {$(
        impl yew::html::IntoPropValue<yew::AttrValue> for $id {
            fn into_prop_value(self) -> yew::AttrValue {
                yew::AttrValue::from(self.0)
            }
        }
        impl yew::html::IntoPropValue<Option<yew::AttrValue>> for $id {
            fn into_prop_value(self) -> Option<yew::AttrValue> {
                Some(yew::AttrValue::from(self.0))
            }
        }
        impl From<$id> for yew::AttrValue {
            fn from(id: $id) -> yew::AttrValue {
                yew::AttrValue::from(id.0)
            }
        }
        impl From<$id> for yew::virtual_dom::Key {
            fn from(id: $id) -> yew::virtual_dom::Key {
                yew::virtual_dom::Key::from(id.0)
            }
        }
    )*};
}

pub(crate) use id_props;
