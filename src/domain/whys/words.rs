//! Text as words, for the hints and the strength suggestion: matching is by whole
//! words, case-insensitive, so "lack of" is found in "a lack of training" but not in
//! "black offer", and "poor" is not found in "poorly". Curly apostrophes read as
//! straight ones, so "didn’t" typed on a phone matches "didn't".

/// One word of a text.
#[derive(Clone, Debug)]
pub(crate) struct Word {
    /// As written.
    pub text: String,
    /// Lowercased, with ’ read as '.
    pub lower: String,
    /// The first word of the text or of a sentence (after . ! ? ; : or a line break).
    pub starts_sentence: bool,
}

/// A text split into words.
#[derive(Clone, Debug)]
pub(crate) struct Words {
    pub words: Vec<Word>,
}

impl Words {
    /// Splits `text` into words: letters and digits, with apostrophes inside a word kept
    /// ("didn't"); everything else separates words.
    pub fn new(text: &str) -> Self {
        let mut words = Vec::new();
        let mut current = String::new();
        let mut sentence = true;
        let chars: Vec<char> = text
            .chars()
            .map(|c| if c == '’' { '\'' } else { c })
            .collect();
        for (i, &c) in chars.iter().enumerate() {
            let inner_apostrophe = c == '\''
                && !current.is_empty()
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if c.is_alphanumeric() || inner_apostrophe {
                current.push(c);
                continue;
            }
            if !current.is_empty() {
                words.push(Word::new(std::mem::take(&mut current), sentence));
                sentence = false;
            }
            if matches!(c, '.' | '!' | '?' | ';' | ':' | '\n' | '\r') {
                sentence = true;
            }
        }
        if !current.is_empty() {
            words.push(Word::new(current, sentence));
        }
        Words { words }
    }

    /// Where the phrase starts as whole words, if it is there.
    pub fn find(&self, phrase: &str) -> Option<usize> {
        self.find_by(phrase, false)
    }

    /// Like [`find`](Self::find), but the phrase's last word may be the start of a word
    /// ("automat" finds "automated", "automation").
    pub fn find_stem(&self, phrase: &str) -> Option<usize> {
        self.find_by(phrase, true)
    }

    fn find_by(&self, phrase: &str, stem: bool) -> Option<usize> {
        let wanted = Words::new(phrase).words;
        let n = wanted.len();
        if n == 0 || n > self.words.len() {
            return None;
        }
        (0..=self.words.len() - n).find(|&at| {
            wanted.iter().enumerate().all(|(k, w)| {
                let have = &self.words[at + k].lower;
                if stem && k == n - 1 {
                    have.starts_with(&w.lower)
                } else {
                    *have == w.lower
                }
            })
        })
    }

    /// The phrase of `phrases` that comes first in the text: where it starts and how
    /// many words it has.
    pub fn earliest_of(&self, phrases: &[&str]) -> Option<(usize, usize)> {
        phrases
            .iter()
            .filter_map(|p| Some((self.find(p)?, Words::new(p).words.len())))
            .min()
    }

    /// Words `from..to` as the text writes them, joined by spaces.
    pub fn span(&self, from: usize, to: usize) -> String {
        self.words[from..to]
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The first of `phrases` found, as the text writes it ("Lack of" for "lack of").
    pub fn first_of(&self, phrases: &[&str]) -> Option<String> {
        phrases.iter().find_map(|p| {
            let at = self.find(p)?;
            let n = Words::new(p).words.len();
            Some(self.span(at, at + n))
        })
    }
}

impl Word {
    fn new(text: String, starts_sentence: bool) -> Self {
        Word {
            lower: text.to_lowercase(),
            text,
            starts_sentence,
        }
    }

    /// Written with a capital and then small letters, as a name is ("Priya").
    pub fn is_capitalised(&self) -> bool {
        let mut chars = self.text.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        let w = Words::new("A lack of training, and poorly kept notes.");
        assert_eq!(w.find("lack of"), Some(1));
        assert_eq!(w.find("LACK OF"), Some(1));
        assert_eq!(w.find("poor"), None);
        assert_eq!(w.find_stem("poor"), Some(5));
        assert_eq!(Words::new("a black offer").find("lack of"), None);
        assert_eq!(
            w.first_of(&["kept notes", "lack"]),
            Some("kept notes".into())
        );
        assert_eq!(w.find(""), None);
    }

    #[test]
    fn apostrophes_and_sentences() {
        let w = Words::new("John didn’t call. Then Ann 'forgot'.");
        let lower: Vec<&str> = w.words.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(lower, ["john", "didn't", "call", "then", "ann", "forgot"]);
        let starts: Vec<bool> = w.words.iter().map(|w| w.starts_sentence).collect();
        assert_eq!(starts, [true, false, false, true, false, false]);
        assert!(w.words[0].is_capitalised());
        assert!(!Words::new("NPS").words[0].is_capitalised());
        assert!(!Words::new("iPhone").words[0].is_capitalised());
    }
}
