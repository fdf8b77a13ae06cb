import Dispatch

/// Runs request handlers on Dispatch's global pool instead of Swift's cooperative pool.
///
/// The cooperative pool has one thread per core; anything in the process that blocks one of
/// them (a blocking call in a handler, a library, a test's blocking socket) would stall every
/// request. Dispatch's pool adds threads when its workers block, so requests keep flowing.
final class HandlerExecutor: TaskExecutor {
    static let shared = HandlerExecutor()

    private let queue = DispatchQueue.global(qos: .userInitiated)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
