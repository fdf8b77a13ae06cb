import CEpoll
import Foundation

/// How many CPUs the process may use: the CPUs it may run on (its affinity, which `taskset`
/// narrows), and no more than its cgroup's CPU quota allows. A container limited to 2 CPUs on a
/// 32-CPU node still sees 32 CPUs, but with 32 busy threads it is throttled for most of each
/// scheduling period, and every request waiting then waits for the next.
enum CPUBudget {
    static var available: Int {
        let online = ProcessInfo.processInfo.activeProcessorCount
        let allowed = Int(accord_available_cpus())
        var cpus = allowed > 0 ? min(allowed, online) : online
        if let quota = quotaCPUs() { cpus = min(cpus, quota) }
        return max(1, cpus)
    }

    /// The quota of the cgroup the process is in, as seen from inside a container (its own
    /// cgroup mounted at /sys/fs/cgroup): v2's `cpu.max`, else v1's CFS quota and period.
    private static func quotaCPUs() -> Int? {
        if let max = read("/sys/fs/cgroup/cpu.max") { return cpus(cpuMax: max) }
        if let quota = read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
            let period = read("/sys/fs/cgroup/cpu/cpu.cfs_period_us")
        {
            return cpus(quota: quota, period: period)
        }
        return nil
    }

    /// cgroup v2 `cpu.max`: "QUOTA PERIOD" in microseconds, or "max PERIOD" for no limit.
    static func cpus(cpuMax: String) -> Int? {
        let parts = cpuMax.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2 else { return nil }
        return cpus(quota: String(parts[0]), period: String(parts[1]))
    }

    /// A quota of QUOTA µs of CPU time per PERIOD µs is QUOTA/PERIOD CPUs, rounded up (1.5 CPUs
    /// can keep two threads busy part of the time); -1 or "max" is no limit.
    static func cpus(quota: String, period: String) -> Int? {
        guard let quota = Int(quota.trimmingCharacters(in: .whitespacesAndNewlines)), quota > 0,
            let period = Int(period.trimmingCharacters(in: .whitespacesAndNewlines)), period > 0
        else { return nil }
        return max(1, (quota + period - 1) / period)
    }

    private static func read(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }
}
