/** Reads the socket calls out of `strace -f -e trace=%network,close` output, in the order the kernel saw them. */

/** glibc's wrappers reach the kernel under other names: send() is sendto(), recv() is recvfrom(), accept() may be accept4(). */
const CALL_NAMES: Readonly<Record<string, string>> = {
  socket: 'socket',
  bind: 'bind',
  listen: 'listen',
  accept: 'accept',
  accept4: 'accept',
  connect: 'connect',
  send: 'send',
  sendto: 'send',
  sendmsg: 'send',
  recv: 'recv',
  recvfrom: 'recv',
  recvmsg: 'recv',
  shutdown: 'shutdown',
  close: 'close',
};

// "1234  name(args) = result", after unfinished/resumed halves are joined.
const SYSCALL = /^(?:\[pid\s+)?(\d+)\]?\s+(\w+)\((.*)\)\s+=\s+(-?\d+)/;
const UNFINISHED = /^(?:\[pid\s+)?(\d+)\]?\s+(.*) <unfinished \.\.\.>$/;
const RESUMED = /^(?:\[pid\s+)?(\d+)\]?\s+<\.\.\. \w+ resumed>(.*)$/;

/**
 * The socket call names (socket, bind, listen, accept, connect, send, recv, shutdown, close) made on IPv4/IPv6
 * sockets, in trace order. Other calls (setsockopt, getsockname …), closes of files that are not such sockets
 * and sockets of other families (e.g. a resolver's AF_UNIX socket) are left out.
 */
export function straceSocketCalls(trace: string): string[] {
  const calls: string[] = [];
  const sockets = new Map<string, Set<string>>(); // pid → its open IPv4/IPv6 socket descriptors
  const pending = new Map<string, string>(); // pid → the first half of an unfinished call
  for (const raw of trace.split('\n')) {
    let line = raw.trimEnd();
    const unfinished = UNFINISHED.exec(line);
    if (unfinished) {
      pending.set(unfinished[1]!, unfinished[2]!);
      continue;
    }
    const resumed = RESUMED.exec(line);
    if (resumed) {
      line = `${resumed[1]} ${pending.get(resumed[1]!) ?? ''}${resumed[2]}`;
      pending.delete(resumed[1]!);
    }
    const match = SYSCALL.exec(line);
    if (!match) continue;
    const [, pid, syscall, args, result] = match as unknown as [string, string, string, string, string];
    const name = CALL_NAMES[syscall];
    if (name === undefined) continue;
    const own = sockets.get(pid) ?? new Set<string>();
    sockets.set(pid, own);
    const fd = args.split(',')[0]!.trim();
    if (name === 'socket') {
      if (!/^AF_INET6?\b/.test(args) || Number(result) < 0) continue;
      own.add(result);
    } else if (!own.has(fd)) {
      continue;
    } else if (name === 'accept' && Number(result) >= 0) {
      own.add(result);
    } else if (name === 'close') {
      own.delete(fd);
    }
    calls.push(name);
  }
  return calls;
}
