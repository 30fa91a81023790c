/*
 * syscall_tab.h - the one list of riscv64 Linux system calls (asm-generic numbering), private to
 * runtime/syscall.c. Everything per-syscall is derived from it: the dispatch table, the names for
 * --strace and syscall_name(), and the argument formats strace prints.
 *
 * Numbers and names come from /usr/riscv64-linux-gnu/include/asm-generic/unistd.h as seen through
 * asm/unistd.h for riscv64 (__ARCH_WANT_NEW_STAT, __ARCH_WANT_SET_GET_RLIMIT, no renameat, no
 * llseek), plus riscv_hwprobe (258) from newer kernels. Every known number is listed even if it
 * has no handler, so --strace can name it while the guest gets -ENOSYS.
 *
 *   X(number, name, handler or NULL, argument format, result format)
 *
 * Argument format, one character per argument printed by --strace:
 *   d int   l long   u unsigned long   x hex   o octal   s guest path string
 *   f directory fd (prints AT_FDCWD)   b guest buffer whose length is the next argument
 * Result format: 'd' signed decimal, 'x' hex (addresses). Negative results in [-4095, -1] are
 * errors and print with their errno name whatever the format.
 *
 * Keep the numbers ascending; a duplicated number is caught at compile time (-Woverride-init in
 * syscall.c's designated-initializer table).
 */
#ifndef RECOMP_SYSCALL_TAB_H
#define RECOMP_SYSCALL_TAB_H

/* clang-format off */
#define SYSCALL_LIST(X) \
    X(  0, io_setup,                NULL,                        "xxxxxx", 'd') \
    X(  1, io_destroy,              NULL,                        "xxxxxx", 'd') \
    X(  2, io_submit,               NULL,                        "xxxxxx", 'd') \
    X(  3, io_cancel,               NULL,                        "xxxxxx", 'd') \
    X(  4, io_getevents,            NULL,                        "xxxxxx", 'd') \
    X(  5, setxattr,                sys_setxattr,                "ssxux", 'd') \
    X(  6, lsetxattr,               sys_lsetxattr,               "ssxux", 'd') \
    X(  7, fsetxattr,               sys_fsetxattr,               "dsxux", 'd') \
    X(  8, getxattr,                sys_getxattr,                "ssxu", 'd') \
    X(  9, lgetxattr,               sys_lgetxattr,               "ssxu", 'd') \
    X( 10, fgetxattr,               sys_fgetxattr,               "dsxu", 'd') \
    X( 11, listxattr,               sys_listxattr,               "sxu", 'd') \
    X( 12, llistxattr,              sys_llistxattr,              "sxu", 'd') \
    X( 13, flistxattr,              sys_flistxattr,              "dxu", 'd') \
    X( 14, removexattr,             sys_removexattr,             "ss", 'd') \
    X( 15, lremovexattr,            sys_lremovexattr,            "ss", 'd') \
    X( 16, fremovexattr,            sys_fremovexattr,            "ds", 'd') \
    X( 17, getcwd,                  sys_getcwd,                  "xu", 'd') \
    X( 18, lookup_dcookie,          NULL,                        "xxxxxx", 'd') \
    X( 19, eventfd2,                sys_eventfd2,                "ux", 'd') \
    X( 20, epoll_create1,           sys_epoll_create1,           "x", 'd') \
    X( 21, epoll_ctl,               sys_epoll_ctl,               "dddx", 'd') \
    X( 22, epoll_pwait,             sys_epoll_pwait,             "dxddxu", 'd') \
    X( 23, dup,                     sys_dup,                     "d", 'd') \
    X( 24, dup3,                    sys_dup3,                    "ddx", 'd') \
    X( 25, fcntl,                   sys_fcntl,                   "ddx", 'd') \
    X( 26, inotify_init1,           sys_inotify_init1,           "x", 'd') \
    X( 27, inotify_add_watch,       sys_inotify_add_watch,       "dsx", 'd') \
    X( 28, inotify_rm_watch,        sys_inotify_rm_watch,        "dd", 'd') \
    X( 29, ioctl,                   sys_ioctl,                   "dxx", 'd') \
    X( 30, ioprio_set,              sys_ioprio_set,              "ddd", 'd') \
    X( 31, ioprio_get,              sys_ioprio_get,              "dd", 'd') \
    X( 32, flock,                   sys_flock,                   "dd", 'd') \
    X( 33, mknodat,                 sys_mknodat,                 "fsox", 'd') \
    X( 34, mkdirat,                 sys_mkdirat,                 "fso", 'd') \
    X( 35, unlinkat,                sys_unlinkat,                "fsx", 'd') \
    X( 36, symlinkat,               sys_symlinkat,               "sfs", 'd') \
    X( 37, linkat,                  sys_linkat,                  "fsfsx", 'd') \
    X( 39, umount2,                 NULL,                        "xxxxxx", 'd') \
    X( 40, mount,                   NULL,                        "xxxxxx", 'd') \
    X( 41, pivot_root,              NULL,                        "xxxxxx", 'd') \
    X( 42, nfsservctl,              NULL,                        "xxxxxx", 'd') \
    X( 43, statfs,                  sys_statfs,                  "sx", 'd') \
    X( 44, fstatfs,                 sys_fstatfs,                 "dx", 'd') \
    X( 45, truncate,                sys_truncate,                "sl", 'd') \
    X( 46, ftruncate,               sys_ftruncate,               "dl", 'd') \
    X( 47, fallocate,               sys_fallocate,               "ddll", 'd') \
    X( 48, faccessat,               sys_faccessat,               "fso", 'd') \
    X( 49, chdir,                   sys_chdir,                   "s", 'd') \
    X( 50, fchdir,                  sys_fchdir,                  "d", 'd') \
    X( 51, chroot,                  NULL,                        "xxxxxx", 'd') \
    X( 52, fchmod,                  sys_fchmod,                  "do", 'd') \
    X( 53, fchmodat,                sys_fchmodat,                "fso", 'd') \
    X( 54, fchownat,                sys_fchownat,                "fsddx", 'd') \
    X( 55, fchown,                  sys_fchown,                  "ddd", 'd') \
    X( 56, openat,                  sys_openat,                  "fsxo", 'd') \
    X( 57, close,                   sys_close,                   "d", 'd') \
    X( 58, vhangup,                 NULL,                        "xxxxxx", 'd') \
    X( 59, pipe2,                   sys_pipe2,                   "xx", 'd') \
    X( 60, quotactl,                NULL,                        "xxxxxx", 'd') \
    X( 61, getdents64,              sys_getdents64,              "dxu", 'd') \
    X( 62, lseek,                   sys_lseek,                   "dld", 'd') \
    X( 63, read,                    sys_read,                    "dxu", 'd') \
    X( 64, write,                   sys_write,                   "dbu", 'd') \
    X( 65, readv,                   sys_readv,                   "dxd", 'd') \
    X( 66, writev,                  sys_writev,                  "dxd", 'd') \
    X( 67, pread64,                 sys_pread64,                 "dxul", 'd') \
    X( 68, pwrite64,                sys_pwrite64,                "dbul", 'd') \
    X( 69, preadv,                  sys_preadv,                  "dxdl", 'd') \
    X( 70, pwritev,                 sys_pwritev,                 "dxdl", 'd') \
    X( 71, sendfile,                sys_sendfile,                "ddxu", 'd') \
    X( 72, pselect6,                sys_pselect6,                "dxxxxx", 'd') \
    X( 73, ppoll,                   sys_ppoll,                   "xuxxu", 'd') \
    X( 74, signalfd4,               sys_signalfd4,               "dxux", 'd') \
    X( 75, vmsplice,                sys_vmsplice,                "dxux", 'd') \
    X( 76, splice,                  sys_splice,                  "dxdxux", 'd') \
    X( 77, tee,                     sys_tee,                     "ddux", 'd') \
    X( 78, readlinkat,              sys_readlinkat,              "fsxu", 'd') \
    X( 79, newfstatat,              sys_newfstatat,              "fsxx", 'd') \
    X( 80, fstat,                   sys_fstat,                   "dx", 'd') \
    X( 81, sync,                    sys_sync,                    "", 'd') \
    X( 82, fsync,                   sys_fsync,                   "d", 'd') \
    X( 83, fdatasync,               sys_fdatasync,               "d", 'd') \
    X( 84, sync_file_range,         sys_sync_file_range,         "dllx", 'd') \
    X( 85, timerfd_create,          sys_timerfd_create,          "dx", 'd') \
    X( 86, timerfd_settime,         sys_timerfd_settime,         "ddxx", 'd') \
    X( 87, timerfd_gettime,         sys_timerfd_gettime,         "dx", 'd') \
    X( 88, utimensat,               sys_utimensat,               "fsxx", 'd') \
    X( 89, acct,                    NULL,                        "xxxxxx", 'd') \
    X( 90, capget,                  NULL,                        "xxxxxx", 'd') \
    X( 91, capset,                  NULL,                        "xxxxxx", 'd') \
    X( 92, personality,             sys_personality,             "x", 'd') \
    X( 93, exit,                    sys_exit,                    "d", 'd') \
    X( 94, exit_group,              sys_exit_group,              "d", 'd') \
    X( 95, waitid,                  sys_waitid,                  "ddxdx", 'd') \
    X( 96, set_tid_address,         sys_set_tid_address,         "x", 'd') \
    X( 97, unshare,                 NULL,                        "xxxxxx", 'd') \
    X( 98, futex,                   sys_futex,                   "xdlxxl", 'd') \
    X( 99, set_robust_list,         sys_set_robust_list,         "xu", 'd') \
    X(100, get_robust_list,         sys_get_robust_list,         "xxxxxx", 'd') \
    X(101, nanosleep,               sys_nanosleep,               "xx", 'd') \
    X(102, getitimer,               sys_getitimer,               "dx", 'd') \
    X(103, setitimer,               sys_setitimer,               "dxx", 'd') \
    X(104, kexec_load,              NULL,                        "xxxxxx", 'd') \
    X(105, init_module,             NULL,                        "xxxxxx", 'd') \
    X(106, delete_module,           NULL,                        "xxxxxx", 'd') \
    X(107, timer_create,            sys_timer_create,            "xxxxxx", 'd') \
    X(108, timer_gettime,           sys_timer_gettime,           "xxxxxx", 'd') \
    X(109, timer_getoverrun,        sys_timer_getoverrun,        "xxxxxx", 'd') \
    X(110, timer_settime,           sys_timer_settime,           "xxxxxx", 'd') \
    X(111, timer_delete,            sys_timer_delete,            "xxxxxx", 'd') \
    X(112, clock_settime,           NULL,                        "xxxxxx", 'd') \
    X(113, clock_gettime,           sys_clock_gettime,           "dx", 'd') \
    X(114, clock_getres,            sys_clock_getres,            "dx", 'd') \
    X(115, clock_nanosleep,         sys_clock_nanosleep,         "ddxx", 'd') \
    X(116, syslog,                  NULL,                        "xxxxxx", 'd') \
    X(117, ptrace,                  NULL,                        "xxxxxx", 'd') \
    X(118, sched_setparam,          sys_sched_setparam,          "xxxxxx", 'd') \
    X(119, sched_setscheduler,      sys_sched_setscheduler,      "xxxxxx", 'd') \
    X(120, sched_getscheduler,      sys_sched_getscheduler,      "xxxxxx", 'd') \
    X(121, sched_getparam,          sys_sched_getparam,          "xxxxxx", 'd') \
    X(122, sched_setaffinity,       sys_sched_setaffinity,       "dux", 'd') \
    X(123, sched_getaffinity,       sys_sched_getaffinity,       "dux", 'd') \
    X(124, sched_yield,             sys_sched_yield,             "", 'd') \
    X(125, sched_get_priority_max,  sys_sched_get_priority_max,  "xxxxxx", 'd') \
    X(126, sched_get_priority_min,  sys_sched_get_priority_min,  "xxxxxx", 'd') \
    X(127, sched_rr_get_interval,   sys_sched_rr_get_interval,   "xxxxxx", 'd') \
    X(128, restart_syscall,         NULL,                        "xxxxxx", 'd') \
    X(129, kill,                    sys_kill,                    "dd", 'd') \
    X(130, tkill,                   sys_tkill,                   "dd", 'd') \
    X(131, tgkill,                  sys_tgkill,                  "ddd", 'd') \
    X(132, sigaltstack,             sys_sigaltstack,             "xx", 'd') \
    X(133, rt_sigsuspend,           sys_rt_sigsuspend,           "xd", 'd') \
    X(134, rt_sigaction,            sys_rt_sigaction,            "dxxu", 'd') \
    X(135, rt_sigprocmask,          sys_rt_sigprocmask,          "dxxu", 'd') \
    X(136, rt_sigpending,           sys_rt_sigpending,           "xu", 'd') \
    X(137, rt_sigtimedwait,         sys_rt_sigtimedwait,         "xxxd", 'd') \
    X(138, rt_sigqueueinfo,         sys_rt_sigqueueinfo,         "xxxxxx", 'd') \
    X(139, rt_sigreturn,            sys_rt_sigreturn,            "", 'd') \
    X(140, setpriority,             sys_setpriority,             "ddd", 'd') \
    X(141, getpriority,             sys_getpriority,             "dd", 'd') \
    X(142, reboot,                  NULL,                        "xxxxxx", 'd') \
    X(143, setregid,                sys_setregid,                "xxxxxx", 'd') \
    X(144, setgid,                  sys_setgid,                  "d", 'd') \
    X(145, setreuid,                sys_setreuid,                "xxxxxx", 'd') \
    X(146, setuid,                  sys_setuid,                  "d", 'd') \
    X(147, setresuid,               sys_setresuid,               "xxxxxx", 'd') \
    X(148, getresuid,               sys_getresuid,               "xxx", 'd') \
    X(149, setresgid,               sys_setresgid,               "xxxxxx", 'd') \
    X(150, getresgid,               sys_getresgid,               "xxx", 'd') \
    X(151, setfsuid,                sys_setfsuid,                "xxxxxx", 'd') \
    X(152, setfsgid,                sys_setfsgid,                "xxxxxx", 'd') \
    X(153, times,                   sys_times,                   "x", 'd') \
    X(154, setpgid,                 sys_setpgid,                 "dd", 'd') \
    X(155, getpgid,                 sys_getpgid,                 "d", 'd') \
    X(156, getsid,                  sys_getsid,                  "d", 'd') \
    X(157, setsid,                  sys_setsid,                  "", 'd') \
    X(158, getgroups,               sys_getgroups,               "dx", 'd') \
    X(159, setgroups,               sys_setgroups,               "xxxxxx", 'd') \
    X(160, uname,                   sys_uname,                   "x", 'd') \
    X(161, sethostname,             NULL,                        "xxxxxx", 'd') \
    X(162, setdomainname,           NULL,                        "xxxxxx", 'd') \
    X(163, getrlimit,               sys_getrlimit,               "dx", 'd') \
    X(164, setrlimit,               sys_setrlimit,               "dx", 'd') \
    X(165, getrusage,               sys_getrusage,               "dx", 'd') \
    X(166, umask,                   sys_umask,                   "o", 'd') \
    X(167, prctl,                   sys_prctl,                   "dxxxx", 'd') \
    X(168, getcpu,                  sys_getcpu,                  "xxx", 'd') \
    X(169, gettimeofday,            sys_gettimeofday,            "xx", 'd') \
    X(170, settimeofday,            NULL,                        "xxxxxx", 'd') \
    X(171, adjtimex,                NULL,                        "xxxxxx", 'd') \
    X(172, getpid,                  sys_getpid,                  "", 'd') \
    X(173, getppid,                 sys_getppid,                 "", 'd') \
    X(174, getuid,                  sys_getuid,                  "", 'd') \
    X(175, geteuid,                 sys_geteuid,                 "", 'd') \
    X(176, getgid,                  sys_getgid,                  "", 'd') \
    X(177, getegid,                 sys_getegid,                 "", 'd') \
    X(178, gettid,                  sys_gettid,                  "", 'd') \
    X(179, sysinfo,                 sys_sysinfo,                 "x", 'd') \
    X(180, mq_open,                 NULL,                        "xxxxxx", 'd') \
    X(181, mq_unlink,               NULL,                        "xxxxxx", 'd') \
    X(182, mq_timedsend,            NULL,                        "xxxxxx", 'd') \
    X(183, mq_timedreceive,         NULL,                        "xxxxxx", 'd') \
    X(184, mq_notify,               NULL,                        "xxxxxx", 'd') \
    X(185, mq_getsetattr,           NULL,                        "xxxxxx", 'd') \
    X(186, msgget,                  NULL,                        "xxxxxx", 'd') \
    X(187, msgctl,                  NULL,                        "xxxxxx", 'd') \
    X(188, msgrcv,                  NULL,                        "xxxxxx", 'd') \
    X(189, msgsnd,                  NULL,                        "xxxxxx", 'd') \
    X(190, semget,                  NULL,                        "xxxxxx", 'd') \
    X(191, semctl,                  NULL,                        "xxxxxx", 'd') \
    X(192, semtimedop,              NULL,                        "xxxxxx", 'd') \
    X(193, semop,                   NULL,                        "xxxxxx", 'd') \
    X(194, shmget,                  NULL,                        "xxxxxx", 'd') \
    X(195, shmctl,                  NULL,                        "xxxxxx", 'd') \
    X(196, shmat,                   NULL,                        "xxxxxx", 'd') \
    X(197, shmdt,                   NULL,                        "xxxxxx", 'd') \
    X(198, socket,                  sys_socket,                  "dxd", 'd') \
    X(199, socketpair,              sys_socketpair,              "dxdx", 'd') \
    X(200, bind,                    sys_bind,                    "dxd", 'd') \
    X(201, listen,                  sys_listen,                  "dd", 'd') \
    X(202, accept,                  sys_accept,                  "dxx", 'd') \
    X(203, connect,                 sys_connect,                 "dxd", 'd') \
    X(204, getsockname,             sys_getsockname,             "dxx", 'd') \
    X(205, getpeername,             sys_getpeername,             "dxx", 'd') \
    X(206, sendto,                  sys_sendto,                  "dbuxxd", 'd') \
    X(207, recvfrom,                sys_recvfrom,                "dxuxxx", 'd') \
    X(208, setsockopt,              sys_setsockopt,              "dddxd", 'd') \
    X(209, getsockopt,              sys_getsockopt,              "dddxx", 'd') \
    X(210, shutdown,                sys_shutdown,                "dd", 'd') \
    X(211, sendmsg,                 sys_sendmsg,                 "dxx", 'd') \
    X(212, recvmsg,                 sys_recvmsg,                 "dxx", 'd') \
    X(213, readahead,               sys_readahead,               "dlu", 'd') \
    X(214, brk,                     sys_brk,                     "x", 'x') \
    X(215, munmap,                  sys_munmap,                  "xu", 'd') \
    X(216, mremap,                  sys_mremap,                  "xuuxx", 'x') \
    X(217, add_key,                 NULL,                        "xxxxxx", 'd') \
    X(218, request_key,             NULL,                        "xxxxxx", 'd') \
    X(219, keyctl,                  NULL,                        "xxxxxx", 'd') \
    X(220, clone,                   sys_clone,                   "xxxxx", 'd') \
    X(221, execve,                  sys_execve,                  "sxx", 'd') \
    X(222, mmap,                    sys_mmap,                    "xuxxdx", 'x') \
    X(223, fadvise64,               sys_fadvise64,               "dlld", 'd') \
    X(224, swapon,                  NULL,                        "xxxxxx", 'd') \
    X(225, swapoff,                 NULL,                        "xxxxxx", 'd') \
    X(226, mprotect,                sys_mprotect,                "xux", 'd') \
    X(227, msync,                   sys_msync,                   "xux", 'd') \
    X(228, mlock,                   sys_mlock,                   "xu", 'd') \
    X(229, munlock,                 sys_munlock,                 "xu", 'd') \
    X(230, mlockall,                sys_mlockall,                "x", 'd') \
    X(231, munlockall,              sys_munlockall,              "", 'd') \
    X(232, mincore,                 sys_mincore,                 "xux", 'd') \
    X(233, madvise,                 sys_madvise,                 "xud", 'd') \
    X(234, remap_file_pages,        NULL,                        "xxxxxx", 'd') \
    X(235, mbind,                   NULL,                        "xxxxxx", 'd') \
    X(236, get_mempolicy,           NULL,                        "xxxxxx", 'd') \
    X(237, set_mempolicy,           NULL,                        "xxxxxx", 'd') \
    X(238, migrate_pages,           NULL,                        "xxxxxx", 'd') \
    X(239, move_pages,              NULL,                        "xxxxxx", 'd') \
    X(240, rt_tgsigqueueinfo,       sys_rt_tgsigqueueinfo,       "xxxxxx", 'd') \
    X(241, perf_event_open,         NULL,                        "xxxxxx", 'd') \
    X(242, accept4,                 sys_accept4,                 "dxxx", 'd') \
    X(243, recvmmsg,                sys_recvmmsg,                "dxuxx", 'd') \
    X(258, riscv_hwprobe,           NULL,                        "xuuxx", 'd') \
    X(259, riscv_flush_icache,      sys_riscv_flush_icache,      "xxx", 'd') \
    X(260, wait4,                   sys_wait4,                   "dxdx", 'd') \
    X(261, prlimit64,               sys_prlimit64,               "ddxx", 'd') \
    X(262, fanotify_init,           NULL,                        "xxxxxx", 'd') \
    X(263, fanotify_mark,           NULL,                        "xxxxxx", 'd') \
    X(264, name_to_handle_at,       NULL,                        "xxxxxx", 'd') \
    X(265, open_by_handle_at,       NULL,                        "xxxxxx", 'd') \
    X(266, clock_adjtime,           NULL,                        "xxxxxx", 'd') \
    X(267, syncfs,                  sys_syncfs,                  "d", 'd') \
    X(268, setns,                   NULL,                        "xxxxxx", 'd') \
    X(269, sendmmsg,                sys_sendmmsg,                "dxux", 'd') \
    X(270, process_vm_readv,        NULL,                        "xxxxxx", 'd') \
    X(271, process_vm_writev,       NULL,                        "xxxxxx", 'd') \
    X(272, kcmp,                    NULL,                        "xxxxxx", 'd') \
    X(273, finit_module,            NULL,                        "xxxxxx", 'd') \
    X(274, sched_setattr,           NULL,                        "xxxxxx", 'd') \
    X(275, sched_getattr,           NULL,                        "xxxxxx", 'd') \
    X(276, renameat2,               sys_renameat2,               "fsfsx", 'd') \
    X(277, seccomp,                 NULL,                        "xxxxxx", 'd') \
    X(278, getrandom,               sys_getrandom,               "xux", 'd') \
    X(279, memfd_create,            sys_memfd_create,            "sx", 'd') \
    X(280, bpf,                     NULL,                        "xxxxxx", 'd') \
    X(281, execveat,                NULL,                        "xxxxxx", 'd') \
    X(282, userfaultfd,             NULL,                        "xxxxxx", 'd') \
    X(283, membarrier,              sys_membarrier,              "dxd", 'd') \
    X(284, mlock2,                  sys_mlock2,                  "xux", 'd') \
    X(285, copy_file_range,         sys_copy_file_range,         "dxdxux", 'd') \
    X(286, preadv2,                 sys_preadv2,                 "dxdlxx", 'd') \
    X(287, pwritev2,                sys_pwritev2,                "dxdlxx", 'd') \
    X(288, pkey_mprotect,           NULL,                        "xxxxxx", 'd') \
    X(289, pkey_alloc,              NULL,                        "xxxxxx", 'd') \
    X(290, pkey_free,               NULL,                        "xxxxxx", 'd') \
    X(291, statx,                   sys_statx,                   "fsxxx", 'd') \
    X(292, io_pgetevents,           NULL,                        "xxxxxx", 'd') \
    X(293, rseq,                    NULL,                        "xuxx", 'd') \
    X(294, kexec_file_load,         NULL,                        "xxxxxx", 'd') \
    X(424, pidfd_send_signal,       NULL,                        "xxxxxx", 'd') \
    X(425, io_uring_setup,          NULL,                        "xxxxxx", 'd') \
    X(426, io_uring_enter,          NULL,                        "xxxxxx", 'd') \
    X(427, io_uring_register,       NULL,                        "xxxxxx", 'd') \
    X(428, open_tree,               NULL,                        "xxxxxx", 'd') \
    X(429, move_mount,              NULL,                        "xxxxxx", 'd') \
    X(430, fsopen,                  NULL,                        "xxxxxx", 'd') \
    X(431, fsconfig,                NULL,                        "xxxxxx", 'd') \
    X(432, fsmount,                 NULL,                        "xxxxxx", 'd') \
    X(433, fspick,                  NULL,                        "xxxxxx", 'd') \
    X(434, pidfd_open,              NULL,                        "xxxxxx", 'd') \
    X(435, clone3,                  sys_clone3,                  "xu", 'd') \
    X(436, close_range,             sys_close_range,             "ddx", 'd') \
    X(437, openat2,                 NULL,                        "xxxxxx", 'd') \
    X(438, pidfd_getfd,             NULL,                        "xxxxxx", 'd') \
    X(439, faccessat2,              sys_faccessat2,              "fsox", 'd') \
    X(440, process_madvise,         NULL,                        "xxxxxx", 'd') \
    X(441, epoll_pwait2,            sys_epoll_pwait2,            "dxdxxu", 'd') \
    X(442, mount_setattr,           NULL,                        "xxxxxx", 'd') \
    X(443, quotactl_fd,             NULL,                        "xxxxxx", 'd') \
    X(444, landlock_create_ruleset, NULL,                        "xxxxxx", 'd') \
    X(445, landlock_add_rule,       NULL,                        "xxxxxx", 'd') \
    X(446, landlock_restrict_self,  NULL,                        "xxxxxx", 'd') \
    X(447, memfd_secret,            NULL,                        "xxxxxx", 'd') \
    X(448, process_mrelease,        NULL,                        "xxxxxx", 'd') \
    X(449, futex_waitv,             NULL,                        "xxxxxx", 'd') \
    X(450, set_mempolicy_home_node, NULL,                        "xxxxxx", 'd')
/* clang-format on */

#endif
