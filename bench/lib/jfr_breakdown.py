#!/usr/bin/env python3
"""Where a JFR recording's time went, as Markdown for a bench report.

    jfr_breakdown.py calls  REC.jfr ROOT_FRAME [TOP]   the methods ROOT_FRAME calls directly, by share of the samples
                                                       (Java and native) whose stack holds ROOT_FRAME; and the
                                                       methods where those samples were taken (self time)
    jfr_breakdown.py startup REC.jfr                   a start: samples of the main thread by Quarkus build step
                                                       (the recorded steps, io.quarkus.runner.recorded.*), plus the
                                                       JIT's compile time and the GC's pauses over the recording
    jfr_breakdown.py threads REC.jfr THREAD_PREFIX [TOP]  samples of the threads named THREAD_PREFIX*, by the
                                                       first frame of a known layer found from the top of the stack

Execution samples are taken of threads running Java code, native method samples of threads in native code (socket
reads: waiting for PostgreSQL or a peer). Both are read with `jfr print` of the JDK running this script's `jfr`.
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r'^\s+([\w.$<>/]+)\.([\w$<>]+)\(', re.M)
THREAD = re.compile(r'sampledThread = "([^"]*)"')


def samples(recording, events=('jdk.ExecutionSample', 'jdk.NativeMethodSample')):
    for event in events:
        text = subprocess.run(['jfr', 'print', '--events', event, '--stack-depth', '256', recording],
                              check=True, capture_output=True, text=True).stdout
        for block in text.split(event + ' {')[1:]:
            thread = THREAD.search(block)
            frames = [f'{c}.{m}' for c, m in FRAME.findall(block)]
            if frames:
                yield event, thread.group(1) if thread else '?', frames


def short(frame):
    cls, _, method = frame.rpartition('.')
    return cls.rsplit('.', 1)[-1].split('$$')[0] + '.' + method


def table(counter, total, header, top):
    print(f'| {header} | samples | share |')
    print('|---|---:|---:|')
    for name, n in counter.most_common(top):
        print(f'| `{name}` | {n} | {100.0 * n / total:.0f} % |')
    rest = total - sum(n for _, n in counter.most_common(top))
    if rest > 0:
        print(f'| (other) | {rest} | {100.0 * rest / total:.0f} % |')


def calls(recording, root, top=12):
    children, leaves, total, native = collections.Counter(), collections.Counter(), 0, 0
    for event, _, frames in samples(recording):
        hits = [i for i, f in enumerate(frames) if root in f]
        if not hits:
            continue
        i = hits[-1]  # the outermost call of the root
        total += 1
        native += event == 'jdk.NativeMethodSample'
        children[short(frames[i - 1]) if i > 0 else '(in ' + short(frames[i]) + ' itself)'] += 1
        leaves[short(frames[0]) + (' (native)' if event == 'jdk.NativeMethodSample' else '')] += 1
    if total == 0:
        print(f'No samples inside `{root}`.')
        return
    print(f'{total} samples inside `{short(root)}` ({native} of them in native code: waiting on a socket or a file).')
    print()
    table(children, total, f'called by `{short(root)}`', top)
    print()
    table(leaves, total, 'where the sample was taken', top)


def duration_ms(block, field):
    m = re.search(field + r' = ([\d.,]+) (ns|us|ms|s)\b', block)
    if not m:
        return 0.0
    value = float(m.group(1).replace(',', ''))
    return value * {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0, 's': 1000.0}[m.group(2)]


def totals(recording, event, field):
    text = subprocess.run(['jfr', 'print', '--events', event, recording], check=True, capture_output=True, text=True).stdout
    blocks = text.split(event + ' {')[1:]
    return len(blocks), sum(duration_ms(b, field) for b in blocks)


def startup(recording, top=12):
    steps, total = collections.Counter(), 0
    for event, thread, frames in samples(recording, ('jdk.ExecutionSample',)):
        if thread != 'main':
            continue
        total += 1
        recorded = [f for f in frames if '.runner.recorded.' in f]
        steps[recorded[-1].split('.runner.recorded.')[1].split('$')[0] + ' ' + recorded[-1].split('$')[1].rsplit('.', 1)[0]
              if recorded else 'class loading and Quarkus bootstrap (no build step on the stack)'] += 1
    table(steps, total, 'main thread: Quarkus step (processor, build step)', top)
    stats = subprocess.run(['jfr', 'print', '--events', 'jdk.CompilerStatistics', recording], check=True,
                           capture_output=True, text=True).stdout.split('jdk.CompilerStatistics {')[1:]
    compilations = int(re.search(r'compileCount = ([\d,]+)', stats[-1]).group(1).replace(',', '')) if stats else 0
    compile_ms = duration_ms(stats[-1], 'totalTimeSpent') if stats else 0.0
    collections_, pauses_ms = totals(recording, 'jdk.GarbageCollection', 'sumOfPauses')
    full = subprocess.run(['jfr', 'print', '--events', 'jdk.GarbageCollection', recording], check=True,
                          capture_output=True, text=True).stdout.count('name = "SerialOld"')
    print()
    print(f'- JIT: {compilations} methods compiled, {compile_ms:.0f} ms of compiler-thread time up to the end of the '
          f'recording (on a 2-CPU machine the compiler threads share the cores with the main thread)')
    print(f'- GC: {collections_} collections ({full} full), {pauses_ms:.0f} ms of pauses')


LAYERS = [('io.netty.channel.nio', 'Netty: socket I/O'), ('io.netty.channel.epoll', 'Netty: socket I/O'),
          ('io.netty.channel.socket', 'Netty: socket I/O'),
          ('io.netty.handler.codec', 'Netty: HTTP codec'), ('io.opentelemetry', 'OpenTelemetry'),
          ('io.quarkus.opentelemetry', 'OpenTelemetry'), ('io.micrometer', 'Micrometer'),
          ('io.quarkus.micrometer', 'Micrometer'), ('org.childplan.platform.representation', 'prepared representations'),
          ('org.childplan.platform.http', 'platform HTTP filters (request id, body limits)'),
          ('org.childplan', 'ChildPlan code'), ('io.quarkus.vertx.http.runtime.security', 'Quarkus HTTP security'),
          ('io.vertx.ext.web', 'Vert.x Web router'), ('io.vertx.core.http', 'Vert.x HTTP server'),
          ('org.jboss.resteasy.reactive', 'Quarkus REST'), ('io.netty', 'Netty (other)'), ('io.vertx', 'Vert.x (other)')]


def threads(recording, prefix, top=12):
    layers, leaves, total = collections.Counter(), collections.Counter(), 0
    for event, thread, frames in samples(recording):
        if not thread.startswith(prefix):
            continue
        total += 1
        idle = frames[0].endswith(('EPoll.wait', 'EPollSelectorImpl.doSelect', 'Native.epollWait'))
        layer = 'idle: waiting for the next request (selector)' if idle else next(
            (name for f in frames for pkg, name in LAYERS if f.startswith(pkg)), 'JDK / other')
        layers[layer] += 1
        leaves[short(frames[0]) + (' (native)' if event == 'jdk.NativeMethodSample' else '')] += 1
    if total == 0:
        print(f'No samples of threads named `{prefix}*`.')
        return
    print(f'{total} samples of the `{prefix}*` threads, each counted once under the first known layer from the top '
          'of its stack (the innermost code).')
    print()
    table(layers, total, 'layer', top)
    print()
    table(leaves, total, 'where the sample was taken', top)


if __name__ == '__main__':
    mode, args = sys.argv[1], sys.argv[2:]
    {'calls': lambda: calls(args[0], args[1], *(int(a) for a in args[2:])),
     'startup': lambda: startup(args[0]),
     'threads': lambda: threads(args[0], args[1], *(int(a) for a in args[2:]))}[mode]()
