//! A project: one problem the team works through the cycle, e.g. "Late deliveries, Q3".

use super::complaints::log::ComplaintLog;
use super::fishbone::Fishbone;
use super::journey::JourneyMap;
use super::kpi::contacts::ContactDataset;
use super::kpi::dataset::SurveyDataset;
use super::pdca::PdcaCycle;
use super::whys::WhysAnalysis;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::rc::Rc;

/// Longest project name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest project description accepted, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 5_000;

/// Stable identifier of a project; never reused, never derived from the name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProjectId(pub String);

impl ProjectId {
    /// Builds an id from a timestamp and a random number supplied by the caller, so the
    /// domain stays deterministic and testable.
    pub fn from_parts(millis: u64, random: u32) -> Self {
        ProjectId(format!("p{millis:x}{random:08x}"))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Something a project keeps a list of (survey data, contact records, journey maps):
/// known by an id, and checked the same way whether it comes from the user, from
/// storage or from a backup file.
pub trait ProjectPart {
    /// The id, unique within its list.
    fn id(&self) -> &str;
    /// Problems as (field, message); empty when the part can be kept.
    fn problems(&self) -> Vec<(String, String)>;
}

impl<T: ProjectPart> ProjectPart for Rc<T> {
    fn id(&self) -> &str {
        T::id(self)
    }
    fn problems(&self) -> Vec<(String, String)> {
        T::problems(self)
    }
}

/// A kind of part a project keeps in a list, so one generic helper in the reducer can
/// find and change any of them.
pub trait HasParts<T> {
    /// The project's list of such parts.
    fn parts(&self) -> &[Rc<T>];
    /// The same list, to change.
    fn parts_mut(&mut self) -> &mut Vec<Rc<T>>;
}

macro_rules! has_parts {
    ($part:ty, $field:ident) => {
        impl HasParts<$part> for Project {
            fn parts(&self) -> &[Rc<$part>] {
                &self.$field
            }
            fn parts_mut(&mut self) -> &mut Vec<Rc<$part>> {
                &mut self.$field
            }
        }
    };
}
has_parts!(JourneyMap, journeys);
has_parts!(SurveyDataset, datasets);
has_parts!(ContactDataset, contact_datasets);
has_parts!(Fishbone, fishbones);
has_parts!(WhysAnalysis, whys);
has_parts!(PdcaCycle, pdca);

/// A kind of part a project holds exactly one of (its complaint log), so the reducer
/// routes its edits with one generic helper too.
pub trait HasPart<T> {
    /// The project's part.
    fn part(&self) -> &T;
    /// The same part, to change.
    fn part_mut(&mut self) -> &mut T;
}

impl HasPart<ComplaintLog> for Project {
    fn part(&self) -> &ComplaintLog {
        &self.complaints
    }
    fn part_mut(&mut self) -> &mut ComplaintLog {
        &mut self.complaints
    }
}

/// A project in the workspace. Later tools hang their artefacts off it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Survey answers kept with the project (imports and typed-in counts).
    #[serde(default)]
    pub datasets: Vec<Rc<SurveyDataset>>,
    /// Contact records kept with the project (telephony or ticketing reports).
    #[serde(default)]
    pub contact_datasets: Vec<Rc<ContactDataset>>,
    /// Customer journey maps of the project.
    #[serde(default)]
    pub journeys: Vec<Rc<JourneyMap>>,
    /// Fishbone (Ishikawa) diagrams of the project's root-cause analysis.
    #[serde(default)]
    pub fishbones: Vec<Rc<Fishbone>>,
    /// 5 Whys analyses, on their own or asked of a fishbone cause.
    #[serde(default)]
    pub whys: Vec<Rc<WhysAnalysis>>,
    /// PDCA improvement cycles: the plans that answer the root causes, and their results.
    #[serde(default)]
    pub pdca: Vec<Rc<PdcaCycle>>,
    /// The complaint and feedback log. Held in shared chunks, so an undo step or a save
    /// after one change costs that entry's chunk, not the log.
    #[serde(default, skip_serializing_if = "ComplaintLog::is_empty")]
    pub complaints: ComplaintLog,
}

impl Project {
    /// A new, empty project created at `at`.
    pub fn new(id: ProjectId, text: ProjectText, at: DateTime<Utc>) -> Self {
        Project {
            id,
            name: text.name,
            description: text.description,
            created_at: at,
            updated_at: at,
            datasets: Vec::new(),
            contact_datasets: Vec::new(),
            journeys: Vec::new(),
            fishbones: Vec::new(),
            whys: Vec::new(),
            pdca: Vec::new(),
            complaints: ComplaintLog::default(),
        }
    }

    /// The dataset with this id.
    pub fn dataset(&self, id: &str) -> Option<&SurveyDataset> {
        self.datasets
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.as_ref())
    }

    /// The fishbone diagram with this id.
    pub fn fishbone(&self, id: &str) -> Option<&Fishbone> {
        self.fishbones
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.as_ref())
    }

    /// The 5 Whys analysis with this id.
    pub fn whys_analysis(&self, id: &str) -> Option<&WhysAnalysis> {
        self.whys.iter().find(|w| w.id == id).map(|w| w.as_ref())
    }

    /// The PDCA cycle with this id.
    pub fn pdca_cycle(&self, id: &str) -> Option<&PdcaCycle> {
        self.pdca.iter().find(|c| c.id == id).map(|c| c.as_ref())
    }

    /// The journey map with this id.
    pub fn journey(&self, id: &str) -> Option<&JourneyMap> {
        self.journeys
            .iter()
            .find(|j| j.id == id)
            .map(|j| j.as_ref())
    }
}

/// Why a name or description was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectTextError {
    /// The name is empty or only spaces.
    EmptyName,
    /// The name is longer than [`MAX_NAME_CHARS`].
    NameTooLong { chars: usize },
    /// The description is longer than [`MAX_DESCRIPTION_CHARS`].
    DescriptionTooLong { chars: usize },
}

impl fmt::Display for ProjectTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectTextError::EmptyName => f.write_str("Enter a name for the project"),
            ProjectTextError::NameTooLong { chars } => write!(
                f,
                "Project name must be {MAX_NAME_CHARS} characters or fewer (it has {chars})"
            ),
            ProjectTextError::DescriptionTooLong { chars } => write!(
                f,
                "Description must be {MAX_DESCRIPTION_CHARS} characters or fewer (it has {chars})"
            ),
        }
    }
}

/// A checked name and description: trimmed, non-empty name, both within limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectText {
    pub name: String,
    pub description: String,
}

impl ProjectText {
    /// Checks what the user typed. Surrounding spaces are dropped.
    pub fn parse(name: &str, description: &str) -> Result<Self, ProjectTextError> {
        Ok(ProjectText {
            name: check_name(name)?,
            description: check_description(description)?,
        })
    }
}

/// Trims and checks a project name.
pub fn check_name(name: &str) -> Result<String, ProjectTextError> {
    let name = name.trim();
    let chars = name.chars().count();
    if chars == 0 {
        Err(ProjectTextError::EmptyName)
    } else if chars > MAX_NAME_CHARS {
        Err(ProjectTextError::NameTooLong { chars })
    } else {
        Ok(name.to_string())
    }
}

/// Trims and checks a project description (which may be empty).
pub fn check_description(description: &str) -> Result<String, ProjectTextError> {
    let description = description.trim();
    let chars = description.chars().count();
    if chars > MAX_DESCRIPTION_CHARS {
        Err(ProjectTextError::DescriptionTooLong { chars })
    } else {
        Ok(description.to_string())
    }
}

/// The name given to a copy: "X (copy)", "X (copy 2)", … unique among `taken`, and
/// within the name limit.
pub fn copy_name<'a>(name: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let fits = |suffix: &str| {
        let room = MAX_NAME_CHARS - suffix.chars().count();
        let base: String = name.chars().take(room).collect();
        format!("{}{suffix}", base.trim_end())
    };
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            " (copy)".to_string()
        } else {
            format!(" (copy {n})")
        };
        let candidate = fits(&suffix);
        if !taken.clone().any(|t| t == candidate) {
            return candidate;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_checked() {
        assert_eq!(
            check_name("  Late deliveries  ").unwrap(),
            "Late deliveries"
        );
        assert_eq!(check_name("   "), Err(ProjectTextError::EmptyName));
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            check_name(&long),
            Err(ProjectTextError::NameTooLong {
                chars: MAX_NAME_CHARS + 1
            })
        );
        // Counted in characters, not bytes: 120 accented letters are fine.
        assert!(check_name(&"é".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn copy_names_are_unique() {
        let taken = ["A", "A (copy)", "A (copy 2)"];
        assert_eq!(copy_name("A", taken.iter().copied()), "A (copy 3)");
        assert_eq!(copy_name("B", taken.iter().copied()), "B (copy)");
        let long = "y".repeat(MAX_NAME_CHARS);
        let copy = copy_name(&long, std::iter::empty());
        assert_eq!(copy.chars().count(), MAX_NAME_CHARS);
        assert!(copy.ends_with(" (copy)"));
    }

    #[test]
    fn ids_are_distinct_for_distinct_parts() {
        assert_ne!(ProjectId::from_parts(1, 2), ProjectId::from_parts(1, 3));
        assert_eq!(ProjectId::from_parts(255, 1).as_str(), "pff00000001");
    }
}
