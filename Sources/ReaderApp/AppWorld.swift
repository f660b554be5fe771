/// Everything the app loop asks of the world outside the pure app: the clock and ids, background
/// analysis, and carrying out the app's commands (files, config, export). Each answer comes back
/// as events the loop feeds to `update`, so the app never reaches out itself.
public protocol AppWorld: AnyObject {
    /// The time and a fresh id for the next event.
    func environment() -> AppEnvironment
    /// Events from background work finished since the last call (analyses).
    func takeBackgroundEvents() -> [InputEvent]
    /// The article background work should take next, as the app sees it now.
    func prioritize(_ articleIndex: Int?)
    /// Carries out a command other than `.quit` and `.none`; returns the events that answer it.
    /// A command that has to wait (a save while another process holds the folder lock) says so
    /// through `blocked` and gives up when it answers false.
    func perform(_ command: AppCommand, in state: AppState, blocked: BlockedWait) -> [InputEvent]
    /// The app took up or dropped drafts of unsaved notes: keep the drafts file in step.
    func draftsChanged(in state: AppState) -> [InputEvent]
    /// The first frame is on the screen: work that would slow it down (the scan behind a list drawn
    /// from the corpus index) may start now.
    func firstFrameDrawn()
}

extension AppWorld {
    public func firstFrameDrawn() {}
}
