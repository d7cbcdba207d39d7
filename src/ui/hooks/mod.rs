//! Hooks and the providers behind them: the workspace store, its persistence, the
//! undo/redo keys and the service worker's update notice.

pub mod live_channel;
pub mod part_edit;
pub mod persistence;
pub mod provider;
pub mod service_worker;
pub mod storage_status;
pub mod tab_sync;
pub mod ticker;
pub mod undo_keys;
pub mod use_workspace;

pub use persistence::StorageControl;
pub use provider::WorkspaceProvider;
pub use storage_status::StorageStatus;
pub use use_workspace::{
    use_all_saved, use_storage, use_storage_control, use_workspace, AllSaved, WorkspaceHandle,
};
