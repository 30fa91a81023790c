#!/bin/bash
# Generates docs/syscalls.md: one row per riscv64 syscall number in runtime/syscall_tab.h, with
# its status and where it is implemented, so the table cannot drift from the code.
#
#   tools/gen_syscalls_md.sh            rewrite docs/syscalls.md
#   tools/gen_syscalls_md.sh --check    exit 1 if docs/syscalls.md is out of date
#   tools/gen_syscalls_md.sh -o FILE    write FILE instead ("-" = stdout)
#
# The number, name and handler come from the table; the file from the handler's SYSCALL_DEFINE in
# runtime/*.c. The status and the "why" come from the NOTES below (name|status|why). A syscall
# without a note gets a default: "-ENOSYS / not implemented" when its handler is NULL, otherwise
# "implemented" with its file, so a new handler shows up even before someone describes it.
#
# Statuses:
#   passed through  value arguments only (or none): the host kernel does exactly the same thing
#   translated      guest pointers are checked (-EFAULT) and translated; structures whose layout
#                   differs are converted, those that embed pointers are rebuilt
#   emulated        the runtime implements the semantics itself (address space, signals,
#                   threads, /proc files, ...)
#   -ENOSYS         known number, no handler: the guest gets -ENOSYS
set -eu
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$root/docs/syscalls.md"
check=0
while [ $# -gt 0 ]; do
    case $1 in
    --check) check=1 ;;
    -o) out=$2; shift ;;
    *) echo "usage: $0 [--check] [-o FILE]" >&2; exit 2 ;;
    esac
    shift
done

NOTES=$(cat <<'EOF'
io_setup|-ENOSYS|kernel AIO is not supported; glibc's POSIX AIO uses threads instead
io_destroy|-ENOSYS|kernel AIO
io_submit|-ENOSYS|kernel AIO
io_cancel|-ENOSYS|kernel AIO
io_getevents|-ENOSYS|kernel AIO
io_pgetevents|-ENOSYS|kernel AIO
setxattr|translated|path, name and value buffer checked; ENOTSUP/ENODATA come from the host fs
lsetxattr|translated|as setxattr
fsetxattr|translated|as setxattr
getxattr|translated|value buffer checked (size clamped to XATTR_SIZE_MAX); path via the sysroot
lgetxattr|translated|as getxattr
fgetxattr|translated|as getxattr
listxattr|translated|list buffer checked; path via the sysroot
llistxattr|translated|as listxattr
flistxattr|translated|as listxattr
removexattr|translated|path and name checked
lremovexattr|translated|as removexattr
fremovexattr|translated|as removexattr
getcwd|translated|buffer checked; the raw kernel result (a length) is returned
lookup_dcookie|-ENOSYS|profiling interface, removed from recent kernels
eventfd2|passed through|counter reads/writes are plain 8-byte read/write
epoll_create1|passed through|
epoll_ctl|translated|struct epoll_event converted (riscv64 16 bytes, x86-64 packed 12)
epoll_pwait|translated|events converted back into the guest array; temporary sigmask with kernel semantics
dup|passed through|
dup3|passed through|
fcntl|translated|struct flock / f_owner_ex pointers checked; unknown commands -EINVAL
inotify_init1|passed through|events are read with read(): struct inotify_event is identical
inotify_add_watch|translated|path checked, via the sysroot
inotify_rm_watch|passed through|
ioctl|translated|terminal ioctls only (termios, winsize, FIONREAD, ...); unknown requests -ENOTTY
ioprio_set|passed through|
ioprio_get|passed through|
flock|passed through|
mknodat|translated|path checked; the dev number has the same 32-bit encoding
mkdirat|translated|path checked
unlinkat|translated|path checked
symlinkat|translated|target and path checked
linkat|translated|paths checked
umount2|-ENOSYS|administration: not for a user-mode guest
mount|-ENOSYS|administration: not for a user-mode guest
pivot_root|-ENOSYS|administration: not for a user-mode guest
nfsservctl|-ENOSYS|removed from the kernel
statfs|translated|struct statfs converted field by field
fstatfs|translated|struct statfs converted field by field
truncate|translated|path checked
ftruncate|passed through|
fallocate|passed through|
faccessat|translated|path checked, via the sysroot
chdir|translated|path checked
fchdir|passed through|
chroot|-ENOSYS|administration: would also change the runtime's view of the file system
fchmod|passed through|
fchmodat|translated|path checked
fchownat|translated|path checked (AT_EMPTY_PATH allowed)
fchown|passed through|
openat|translated|path via the sysroot; /proc/self/{exe,maps,...} emulated
close|passed through|
vhangup|-ENOSYS|administration
pipe2|translated|fd array checked before the pipe is created
quotactl|-ENOSYS|administration
getdents64|translated|linux_dirent64 is identical
lseek|passed through|
read|translated|buffer checked, used in place
write|translated|buffer checked, used in place
readv|translated|iovec array rebuilt with host pointers
writev|translated|iovec array rebuilt with host pointers
pread64|translated|buffer checked
pwrite64|translated|buffer checked
preadv|translated|iovec array rebuilt
pwritev|translated|iovec array rebuilt
sendfile|translated|offset pointer checked
pselect6|translated|fd_sets checked; the {sigset*, size} pair rebuilt; temporary sigmask with kernel semantics
ppoll|translated|struct pollfd identical; the temporary sigmask is not applied yet (syscall_io_tmpmask_begin/end would do it)
signalfd4|translated|8-byte sigset read; struct signalfd_siginfo is identical
vmsplice|translated|iovec array rebuilt; readable or writable buffers by the pipe end's direction
splice|translated|loff_t pointers checked
tee|passed through|
readlinkat|translated|/proc/self/exe answers the guest executable
newfstatat|translated|struct stat converted (x86-64 144 bytes, riscv64 128)
fstat|translated|struct stat converted
sync|passed through|
fsync|passed through|
fdatasync|passed through|
sync_file_range|passed through|same argument order on both (not sync_file_range2)
timerfd_create|passed through|
timerfd_settime|translated|struct itimerspec is identical
timerfd_gettime|translated|struct itimerspec is identical
utimensat|translated|NULL path (futimens) kept NULL; times checked
acct|-ENOSYS|administration
capget|-ENOSYS|not implemented
futex|translated|host futex on the guest word: guest memory is host memory, guest tids are host tids
restart_syscall|-ENOSYS|restarts are done by the dispatcher, never by the guest
capset|-ENOSYS|not implemented
personality|emulated|recorded, not applied to the host
unshare|-ENOSYS|namespaces are not supported
syslog|-ENOSYS|administration
ptrace|-ENOSYS|debugging a translated guest would need a guest-level ptrace
kexec_load|-ENOSYS|administration
init_module|-ENOSYS|administration
delete_module|-ENOSYS|administration
finit_module|-ENOSYS|administration
kexec_file_load|-ENOSYS|administration
clock_settime|-ENOSYS|administration
settimeofday|-ENOSYS|administration
adjtimex|-ENOSYS|administration
clock_adjtime|-ENOSYS|administration
sethostname|-ENOSYS|administration
setdomainname|-ENOSYS|administration
reboot|-ENOSYS|administration
swapon|-ENOSYS|administration
swapoff|-ENOSYS|administration
clock_gettime|translated|struct timespec identical
clock_getres|translated|struct timespec identical
clock_nanosleep|translated|struct timespec identical
nanosleep|translated|struct timespec identical
gettimeofday|translated|struct timeval / timezone identical
times|translated|struct tms identical
getrandom|translated|buffer checked
sched_yield|passed through|
sched_setaffinity|translated|cpu mask checked
sched_getaffinity|translated|cpu mask checked
getcpu|translated|
getrlimit|translated|struct rlimit identical
setrlimit|translated|struct rlimit identical
prlimit64|translated|struct rlimit identical
getrusage|translated|struct rusage identical
sysinfo|translated|struct sysinfo identical
uname|emulated|the host's, with machine = riscv64
umask|passed through|
prctl|emulated|PR_SET_NAME, PR_GET_NAME, PR_GET_DUMPABLE only; others -EINVAL
getpid|passed through|guest pids are host pids
getppid|passed through|
gettid|passed through|guest tids are host tids
getuid|passed through|
geteuid|passed through|
getgid|passed through|
getegid|passed through|
getresuid|translated|
getresgid|translated|
getgroups|translated|
setsid|passed through|
setpgid|passed through|
getpgid|passed through|
getsid|passed through|
getpriority|passed through|raw kernel value (20 - nice)
setpriority|passed through|
mq_open|-ENOSYS|POSIX message queues not implemented
mq_unlink|-ENOSYS|POSIX message queues not implemented
mq_timedsend|-ENOSYS|POSIX message queues not implemented
mq_timedreceive|-ENOSYS|POSIX message queues not implemented
mq_notify|-ENOSYS|POSIX message queues not implemented
mq_getsetattr|-ENOSYS|POSIX message queues not implemented
msgget|-ENOSYS|SysV IPC not implemented
msgctl|-ENOSYS|SysV IPC not implemented
msgrcv|-ENOSYS|SysV IPC not implemented
msgsnd|-ENOSYS|SysV IPC not implemented
semget|-ENOSYS|SysV IPC not implemented
semctl|-ENOSYS|SysV IPC not implemented
semtimedop|-ENOSYS|SysV IPC not implemented
semop|-ENOSYS|SysV IPC not implemented
shmget|-ENOSYS|SysV IPC not implemented (shmat would need gmem placement)
shmctl|-ENOSYS|SysV IPC not implemented
shmat|-ENOSYS|SysV IPC not implemented
shmdt|-ENOSYS|SysV IPC not implemented
socket|passed through|SOCK_* values and flags are asm-generic on both
socketpair|translated|fd array checked before the sockets are created
bind|translated|sockaddr checked (sockaddr_* layouts identical)
listen|passed through|
accept|translated|address buffer and length checked; the length goes through a host copy
connect|translated|sockaddr checked
getsockname|translated|address buffer and length checked
getpeername|translated|address buffer and length checked
sendto|translated|buffer and address checked
recvfrom|translated|buffer, address and length checked
setsockopt|translated|option buffer checked; struct sock_fprog (SO_ATTACH_FILTER) rebuilt with a host pointer
getsockopt|translated|option buffer and length checked
shutdown|passed through|
sendmsg|translated|struct msghdr rebuilt: name, iovec array and control buffer translated; cmsgs pass through
recvmsg|translated|as sendmsg; msg_namelen, msg_controllen, msg_flags copied back
sendmmsg|translated|each mmsghdr rebuilt as for sendmsg; msg_len copied back
recvmmsg|translated|each mmsghdr rebuilt as for recvmsg; msg_len and outputs copied back
readahead|passed through|
brk|emulated|guest address space (gmem)
munmap|emulated|guest address space (gmem)
mremap|emulated|guest address space (gmem)
mmap|emulated|guest address space (gmem); file mappings named for /proc/self/maps
mprotect|emulated|guest address space (gmem)
madvise|emulated|hints passed on for guest ranges; MADV_DONTNEED applied
add_key|-ENOSYS|kernel keyrings not implemented
request_key|-ENOSYS|kernel keyrings not implemented
keyctl|-ENOSYS|kernel keyrings not implemented
fadvise64|passed through|same argument order and advice values on both
msync|translated|range must be guest-mapped (-ENOMEM)
mlock|translated|range must be guest-mapped (-ENOMEM)
munlock|translated|range must be guest-mapped (-ENOMEM)
mlock2|translated|range must be guest-mapped (-ENOMEM)
mlockall|emulated|locks the guest's mappings only (not the translator); MCL_FUTURE accepted, not applied
munlockall|emulated|unlocks the guest's mappings
mincore|translated|range guest-mapped, vector checked
remap_file_pages|-ENOSYS|deprecated
mbind|-ENOSYS|NUMA policy not implemented
get_mempolicy|-ENOSYS|NUMA policy not implemented
set_mempolicy|-ENOSYS|NUMA policy not implemented
migrate_pages|-ENOSYS|NUMA policy not implemented
move_pages|-ENOSYS|NUMA policy not implemented
set_mempolicy_home_node|-ENOSYS|NUMA policy not implemented
perf_event_open|-ENOSYS|would count the translator, not the guest
riscv_hwprobe|-ENOSYS|glibc falls back to the defaults
riscv_flush_icache|emulated|drops translations of the range
fanotify_init|-ENOSYS|not implemented
fanotify_mark|-ENOSYS|not implemented
name_to_handle_at|-ENOSYS|not implemented
open_by_handle_at|-ENOSYS|not implemented
syncfs|passed through|
setns|-ENOSYS|namespaces are not supported
process_vm_readv|-ENOSYS|would need the other process's guest address translation
process_vm_writev|-ENOSYS|would need the other process's guest address translation
kcmp|-ENOSYS|not implemented
sched_setattr|-ENOSYS|not implemented
sched_getattr|-ENOSYS|not implemented
renameat2|translated|paths checked
seccomp|-ENOSYS|a filter would apply to the translator's own host syscalls
memfd_create|translated|name checked (too long: -EINVAL as in the kernel)
bpf|-ENOSYS|not implemented
execveat|-ENOSYS|not implemented
userfaultfd|-ENOSYS|not implemented
membarrier|emulated|stub returning 0 (should pass through: guest threads are host threads)
copy_file_range|translated|loff_t pointers checked
preadv2|translated|iovec array rebuilt
pwritev2|translated|iovec array rebuilt
pkey_mprotect|-ENOSYS|no memory protection keys on riscv64
pkey_alloc|-ENOSYS|no memory protection keys on riscv64
pkey_free|-ENOSYS|no memory protection keys on riscv64
statx|translated|struct statx identical; path via the sysroot
rseq|-ENOSYS|glibc falls back
pidfd_send_signal|-ENOSYS|not implemented
io_uring_setup|-ENOSYS|io_uring rings hold guest pointers the host kernel would use directly
io_uring_enter|-ENOSYS|io_uring
io_uring_register|-ENOSYS|io_uring
open_tree|-ENOSYS|mount API: administration
move_mount|-ENOSYS|mount API: administration
fsopen|-ENOSYS|mount API: administration
fsconfig|-ENOSYS|mount API: administration
fsmount|-ENOSYS|mount API: administration
fspick|-ENOSYS|mount API: administration
mount_setattr|-ENOSYS|mount API: administration
pidfd_open|-ENOSYS|not implemented
pidfd_getfd|-ENOSYS|not implemented
close_range|passed through|
openat2|-ENOSYS|not implemented (struct open_how would pass through)
faccessat2|translated|path checked, via the sysroot
process_madvise|-ENOSYS|not implemented
epoll_pwait2|translated|as epoll_pwait, timespec timeout
quotactl_fd|-ENOSYS|administration
landlock_create_ruleset|-ENOSYS|would restrict the translator itself
landlock_add_rule|-ENOSYS|landlock
landlock_restrict_self|-ENOSYS|landlock
memfd_secret|-ENOSYS|not implemented
process_mrelease|-ENOSYS|not implemented
futex_waitv|-ENOSYS|not implemented
EOF
)

# Default notes by implementing file, for handlers without their own note.
file_note() {
    case $1 in
    runtime/signal.c) echo "emulated|guest signal layer" ;;
    runtime/thread.c) echo "emulated|guest thread and process layer" ;;
    *) echo "implemented|" ;;
    esac
}

tab="$root/runtime/syscall_tab.h"
# "nr name handler" for every row of the list
rows=$(sed -n 's/^ *X( *\([0-9][0-9]*\), *\([a-z0-9_]*\), *\([A-Za-z0-9_]*\),.*/\1 \2 \3/p' "$tab")
[ -n "$rows" ] || { echo "$0: no rows found in $tab" >&2; exit 1; }

# handler -> file, from every SYSCALL_DEFINE in runtime/
defs=$(cd "$root" && grep -o 'SYSCALL_DEFINE([a-z0-9_]*)' runtime/*.c |
    sed 's/:SYSCALL_DEFINE(\(.*\))/ sys_\1/')

gen() {
    cat <<'EOF'
# System calls

<!-- Generated by tools/gen_syscalls_md.sh from runtime/syscall_tab.h: do not edit by hand. -->

The guest is a riscv64 Linux program; its system calls use the asm-generic numbering and are
executed on the x86-64 host by the handlers named in `runtime/syscall_tab.h` (one row per
number). This table lists every number the table knows, with what happens to it:

- **passed through**: value arguments only; the host kernel does exactly what the riscv64 kernel
  would. File descriptors, pids and tids, errno values and the flag constants (`O_*`, `AT_*`,
  `SOCK_*`, `MSG_*`, `SOL_SOCKET` options, `EPOLL*`, `MAP_*`, ...) are identical on both.
- **translated**: every guest pointer is checked against the guest mappings (a bad one gives
  `-EFAULT`, never a host fault) and handed to the host kernel in place; a structure whose layout
  differs is converted, one that embeds pointers is rebuilt with host pointers.
- **emulated**: the runtime implements the semantics itself (guest address space, signals,
  threads and processes, synthesized `/proc` files, ...).
- **-ENOSYS**: a known number without a handler. A number missing from the table is also
  `-ENOSYS` (and `--strace` prints it as `syscall_N`).

Blocking calls block in the host kernel; when a guest signal interrupts one, the dispatcher
delivers it and restarts the call if the guest's handler has `SA_RESTART` and the kernel would.
Temporary signal masks (`pselect6`, `epoll_pwait`, `epoll_pwait2`) are installed atomically by the
host call, and a signal that interrupts the call is delivered with the temporary mask in force,
the guest's own mask coming back when the handler returns, as in the kernel
(`syscall_io_tmpmask_begin/end` in `runtime/syscall_io.c`).

## Structures

Converted explicitly, because the riscv64 and x86-64 layouts differ:

- `struct stat` (riscv64: the 128-byte asm-generic layout; x86-64: 144 bytes with a 64-bit
  `st_nlink`): `newfstatat`, `fstat`.
- `struct statfs` (the same today, converted field by field anyway): `statfs`, `fstatfs`.
- `struct epoll_event` (riscv64: 16 bytes, 4 bytes of padding before the 64-bit `data`; x86-64:
  packed, 12 bytes): `epoll_ctl`, `epoll_pwait`, `epoll_pwait2`.
- The signal frame, `struct sigaction` (riscv64 has no `sa_restorer`) and `stack_t`: the signal
  layer (`runtime/signal.c`).

Rebuilt with translated host pointers (the layout is the same, the pointers are guest addresses):

- `struct msghdr` / `struct mmsghdr` (name, iovec array, control buffer): `sendmsg`, `recvmsg`,
  `sendmmsg`, `recvmmsg`; control messages (`SCM_RIGHTS`, `SCM_CREDENTIALS`) pass through, and
  `msg_namelen`, `msg_controllen`, `msg_flags`, `msg_len` are copied back.
- iovec arrays: `readv`, `writev`, `preadv`, `pwritev`, `preadv2`, `pwritev2`, `vmsplice`.
- pselect6's `{const sigset_t *, size_t}` argument pair; `struct sock_fprog`
  (`setsockopt(SO_ATTACH_FILTER / SO_ATTACH_REUSEPORT_CBPF)`).

Passed through unchanged (identical layouts, pinned by static asserts in `runtime/syscall.c`,
`runtime/syscall_io.c` and `runtime/syscall_io.h`): `timespec`, `timeval`, `itimerspec`, `iovec`,
`pollfd`, `flock`, `statx`, `rlimit`, `rusage`, `sysinfo`, `tms`, `utsname`, `linux_dirent64`,
`termios`, `winsize`, `sockaddr_*`, `cmsghdr`, `ucred`, `linger`, `signalfd_siginfo`,
`inotify_event`, `sock_filter`, the 8-byte kernel `sigset_t`.

Paths that are only looked up (open, stat, access, readlink, `inotify_add_watch`, `getxattr`,
`listxattr`) are taken from the sysroot when they exist there (`runtime/sysroot.h`, qemu's `-L`
rule); paths that create or change something are used as they are.

## Table

EOF
    echo "| nr | name | status | implemented in | notes |"
    echo "|---:|---|---|---|---|"
    local nr name handler file note status why
    local n_total=0 n_impl=0
    while read -r nr name handler; do
        n_total=$((n_total + 1))
        file=""
        if [ "$handler" != NULL ]; then
            n_impl=$((n_impl + 1))
            file=$(awk -v h="$handler" '$2 == h { print $1; exit }' <<<"$defs")
        fi
        note=$(awk -F'|' -v n="$name" '$1 == n { print $2 "|" $3; exit }' <<<"$NOTES")
        if [ "$handler" = NULL ]; then
            # a note written for a handler that is gone does not count
            case $note in -ENOSYS\|*) ;; *) note="-ENOSYS|not implemented" ;; esac
        elif [ -z "$note" ] || [ "${note%%|*}" = "-ENOSYS" ]; then
            note=$(file_note "$file")
        fi
        status=${note%%|*}
        why=${note#*|}
        # shellcheck disable=SC2016 # the backquotes are Markdown
        printf '| %s | `%s` | %s | %s | %s |\n' "$nr" "$name" "$status" \
            "${file:+\`$file\`}" "$why"
    done <<<"$rows"
    echo
    echo "$n_total numbers, $n_impl with a handler."
}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
gen >"$tmp"
if [ "$check" = 1 ]; then
    if cmp -s "$tmp" "$out"; then exit 0; fi
    echo "$out is out of date: run tools/gen_syscalls_md.sh" >&2
    exit 1
fi
if [ "$out" = - ]; then cat "$tmp"; else cp "$tmp" "$out"; fi
