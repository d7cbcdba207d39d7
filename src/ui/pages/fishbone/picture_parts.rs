//! The picture's SVG cut into its top-level pieces (the spine, each bone, each cause),
//! so the page redraws only the pieces an edit changed: the browser's parsing of the
//! whole picture was most of an edit's time on a big diagram.

/// The outer `<svg>` element's attributes, and its top-level pieces with a key each.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parts {
    /// `(name, value)` of the outer element, values unescaped.
    pub attrs: Vec<(&'static str, String)>,
    /// `(key, markup)`: a cause's key is its id, a bone's its id, others their place.
    pub pieces: Vec<(String, String)>,
}

/// The outer element's attributes the picture uses.
const ATTRS: [&str; 9] = [
    "xmlns",
    "width",
    "height",
    "viewBox",
    "role",
    "aria-label",
    "font-family",
    "font-size",
    "fill",
];

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[at..].find('"')? + at;
    Some(tag[at..end].to_string())
}

fn key_of(piece: &str, index: usize) -> String {
    let head = &piece[..piece.find('>').unwrap_or(piece.len())];
    if let Some(id) = attr(head, "data-cause") {
        format!("cause-{id}")
    } else if let Some(id) = attr(head, "data-category") {
        format!("bone-{id}")
    } else {
        format!("piece-{index}")
    }
}

/// The SVG document cut into its pieces; `None` when it is not shaped as expected
/// (then the page draws it whole).
pub fn split(svg: &str) -> Option<Parts> {
    let start = svg.find("<svg")?;
    let open_end = svg[start..].find('>')? + start;
    let tag = &svg[start..=open_end];
    let attrs = ATTRS
        .iter()
        .filter_map(|n| attr(tag, n).map(|v| (*n, unescape(&v))))
        .collect();
    let body_end = svg.rfind("</svg>")?;
    let body = svg.get(open_end + 1..body_end)?;
    let mut pieces = Vec::new();
    let (mut depth, mut piece_start) = (0usize, 0usize);
    let mut i = 0;
    // User text is escaped, so every '<' in the body opens a tag.
    while let Some(lt) = body[i..].find('<').map(|k| k + i) {
        let gt = body[lt..].find('>')? + lt;
        let tag = &body[lt..=gt];
        if depth == 0 {
            piece_start = lt;
        }
        if tag.starts_with("</") {
            depth = depth.checked_sub(1)?;
        } else if !tag.ends_with("/>") && !tag.starts_with("<?") && !tag.starts_with("<!") {
            depth += 1;
        }
        if depth == 0 {
            let piece = &body[piece_start..=gt];
            pieces.push((key_of(piece, pieces.len()), piece.to_string()));
        }
        i = gt + 1;
    }
    if depth != 0 || !body[i..].trim().is_empty() {
        return None;
    }
    Some(Parts { attrs, pieces })
}
