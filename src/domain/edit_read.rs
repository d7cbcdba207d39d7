//! Reading an edit enum (externally tagged, as serde writes it: `{"set_title":{"title":
//! "…"}}`, or `"clear_dots"` for a change without fields) through one struct of all its
//! variants' fields. serde's derive builds a reader of its own for every variant, some
//! 35 KB of the download for each of the journey and fishbone edits; one struct of
//! optional fields reads the same text in a fraction of that. Edits are read from the
//! live channel between windows, so a text that does not read is simply not followed.

use serde::de::{self, Deserialize, Deserializer, EnumAccess, VariantAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Why the fields read cannot make an edit.
#[derive(Debug, PartialEq)]
pub enum Unreadable {
    /// The tag names no edit.
    UnknownEdit,
    /// The edit needs this field and the text has none.
    MissingField(&'static str),
}

/// The field `name`'s value, which the edit cannot be made without.
pub fn need<V>(value: Option<V>, name: &'static str) -> Result<V, Unreadable> {
    value.ok_or(Unreadable::MissingField(name))
}

/// Reads an edit enum named `name` with the tags `edits`. `without_fields` are the tags
/// written as a bare string; `make` builds the edit from its tag and the fields read
/// (all `None` for an edit without fields).
pub fn read_edit<'de, D, F, T>(
    deserializer: D,
    name: &'static str,
    edits: &'static [&'static str],
    without_fields: &'static [&'static str],
    make: fn(&str, F) -> Result<T, Unreadable>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: Deserialize<'de> + Default,
{
    deserializer.deserialize_enum(
        name,
        edits,
        EditVisitor {
            edits,
            without_fields,
            make,
            fields: PhantomData,
        },
    )
}

struct EditVisitor<F, T> {
    edits: &'static [&'static str],
    without_fields: &'static [&'static str],
    make: fn(&str, F) -> Result<T, Unreadable>,
    fields: PhantomData<F>,
}

impl<'de, F: Deserialize<'de> + Default, T> Visitor<'de> for EditVisitor<F, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an edit")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let (tag, access): (String, _) = data.variant()?;
        let fields = if self.without_fields.contains(&tag.as_str()) {
            access.unit_variant()?;
            F::default()
        } else if self.edits.contains(&tag.as_str()) {
            access.newtype_variant()?
        } else {
            return Err(de::Error::unknown_variant(&tag, self.edits));
        };
        (self.make)(&tag, fields).map_err(|why| match why {
            Unreadable::UnknownEdit => de::Error::unknown_variant(&tag, self.edits),
            Unreadable::MissingField(field) => de::Error::missing_field(field),
        })
    }
}

/// Test support for each tool's reader: every tag in `edits` is one it reads, in the
/// shape the derived writer writes it (a bare string for `without_fields`, else an
/// object, where an empty one may only lack fields).
#[cfg(test)]
pub fn assert_every_tag_reads<T: serde::de::DeserializeOwned>(
    edits: &[&str],
    without_fields: &[&str],
) {
    for tag in edits {
        let text = if without_fields.contains(tag) {
            format!("\"{tag}\"")
        } else {
            format!("{{\"{tag}\":{{}}}}")
        };
        let err = serde_json::from_str::<T>(&text)
            .err()
            .map(|e| e.to_string());
        assert!(
            err.as_ref().is_none_or(|e| e.contains("missing field")),
            "{tag}: {err:?}"
        );
    }
}
