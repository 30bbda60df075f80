/** The gRPC call-kinds playground's UI strings. `{name}` placeholders are filled by `format`. */
import type { AdjustmentKey, CallKind, Interleave, Outcome, StepKey } from './model.ts';

type Strings = Record<
  | 'settings'
  | 'kind'
  | 'requests'
  | 'responses'
  | 'interleave'
  | 'k'
  | 'outcome'
  | 'timeout'
  | 'numberError'
  | 'fixedCount'
  | 'player'
  | 'play'
  | 'pause'
  | 'back'
  | 'forward'
  | 'restart'
  | 'speed'
  | 'timeline'
  | 'timelineValue'
  | 'timelineStart'
  | 'client'
  | 'server'
  | 'stream'
  | 'frames'
  | 'noFrames'
  | 'c2s'
  | 's2c'
  | 'bytes'
  | 'log'
  | 'logEmpty'
  | 'finalStatus'
  | 'pending'
  | 'inspector'
  | 'inspectorEmpty'
  | 'frameTitle'
  | 'flags'
  | 'noFlags'
  | 'headerName'
  | 'headerValue'
  | 'prefix'
  | 'prefixFlag'
  | 'prefixLength'
  | 'messageBytes'
  | 'decoded'
  | 'emptyData'
  | 'rstCode'
  | 'rstMeaning'
  | 'code'
  | 'clientCode'
  | 'serverCode'
  | 'currentLine'
  | 'notesTitle'
  | 'note1'
  | 'note2'
  | 'note3'
  | 'note4'
  | 'note5'
  | 'note6'
  | 'stale'
  | 'adjusted'
  | 'notApplicable',
  string
> & {
  kinds: Record<CallKind, string>;
  outcomes: Record<Outcome, string>;
  interleaves: Record<Interleave, string>;
  steps: Record<StepKey, string>;
  adjustments: Record<AdjustmentKey, string>;
};

export const STRINGS: Record<'zh' | 'en', Strings> = {
  en: {
    settings: 'Call',
    kind: 'Call kind',
    requests: 'Requests',
    responses: 'Responses',
    interleave: 'Server replies',
    k: 'K',
    outcome: 'Outcome',
    timeout: 'Deadline (ms)',
    numberError: 'Enter a whole number from {min} to {max}.',
    fixedCount: 'Always 1 for this kind.',
    player: 'Playback',
    play: 'Play',
    pause: 'Pause',
    back: 'Step back',
    forward: 'Step forward',
    restart: 'Restart',
    speed: 'Speed',
    timeline: 'Timeline',
    timelineValue: 'Frame {n} of {total}',
    timelineStart: 'Before the first frame (of {total})',
    client: 'Client',
    server: 'Server',
    stream: 'HTTP/2 stream 1',
    frames: 'Frames sent so far',
    noFrames: 'Nothing sent yet. Press Play or Step forward.',
    c2s: 'client → server',
    s2c: 'server → client',
    bytes: '{n} B',
    log: 'What happened',
    logEmpty: 'The call has not started.',
    finalStatus: 'Final status',
    pending: 'in progress',
    inspector: 'Frame inspector',
    inspectorEmpty: 'Select a frame to see its header fields or bytes.',
    frameTitle: 'Frame {n}: {type}, {dir}',
    flags: 'Flags',
    noFlags: 'none',
    headerName: 'Name',
    headerValue: 'Value',
    prefix: 'Length prefix (5 bytes)',
    prefixFlag: 'compressed flag {flag}',
    prefixLength: 'length {n} (4 bytes, big-endian)',
    messageBytes: 'Protobuf message ({n} bytes)',
    decoded: 'Decoded as {type}',
    emptyData: 'Empty DATA frame: no message, only END_STREAM (the client half-closes).',
    rstCode: 'Error code',
    rstMeaning: 'The stream ends at once in both directions; no frame follows.',
    code: 'grpc-go code',
    clientCode: 'Client call',
    serverCode: 'Server handler',
    currentLine: '(sent the current frame)',
    notesTitle: 'Where grpc-go chooses what the spec leaves open',
    note1: 'grpc-go sends response HEADERS only with the first message (or on SendHeader): a handler that returns before sending anything produces Trailers-Only, even with status OK.',
    note2: 'grpc-timeout is shown here as the deadline was set (500m). Real clients send the time left when the headers go out: grpc-js in milliseconds rounded up (about 499m), grpc-go in the smallest unit that fits 8 digits (about 500000u). All name the same deadline.',
    note3: 'With an OK status grpc-go sends an empty grpc-message and grpc-js sends "OK"; the spec makes Status-Message optional, so it is left out here. grpc-js percent-encodes messages with encodeURI (a space becomes %20); only the characters the spec requires are encoded here.',
    note4: 'In a bidi call the two directions are independent: the order shown assumes each side acts as soon as the other\u2019s frame arrives. Each message travels in its own DATA frame, though HTTP/2 may split or merge them.',
    note5: 'When a grpc-js server finishes before the client half-closes, it sends no RST_STREAM(NO_ERROR) (RFC 9113 makes it optional); the grpc-js client then half-closes with an empty DATA frame. grpc-go sends the RST_STREAM, as shown here.',
    note6: 'grpc-js puts END_STREAM on the last message\u2019s DATA frame when the client half-closes right after writing, instead of a separate empty DATA frame; its server answers with content-type application/grpc+proto. The spec allows both.',
    stale: 'This call could not be generated ({message}); the last call that worked is shown.',
    adjusted: 'Adjusted:',
    notApplicable: '(needs a client stream)',
    kinds: {
      unary: 'Unary — SayHello',
      'server-streaming': 'Server streaming — LotsOfReplies',
      'client-streaming': 'Client streaming — LotsOfGreetings',
      bidi: 'Bidirectional — BidiHello',
    },
    outcomes: {
      ok: 'OK',
      'error-status': 'Error status in trailers',
      'trailers-only': 'Immediate error (Trailers-Only)',
      deadline: 'Deadline expires',
      'client-cancel': 'Client cancels',
      'server-early-finish': 'Server finishes before the client half-closes',
    },
    interleaves: {
      'ping-pong': 'after each request (ping-pong)',
      'every-k': 'after every K requests',
      'after-half-close': 'only after the client half-closes',
    },
    steps: {
      requestHeaders: 'The client opens the stream with request HEADERS: POST {path}, content-type application/grpc, te trailers.',
      requestHeadersTimeout: 'The client opens the stream with request HEADERS: POST {path} with grpc-timeout {timeout}, so the server knows the deadline.',
      requestMessage: 'The client sends HelloRequest {n} ("{text}", {length} bytes after a 5-byte length prefix) in a DATA frame.',
      requestMessageLast: 'The client sends its only HelloRequest ("{text}", {length} bytes after a 5-byte prefix) in a DATA frame with END_STREAM: the request side is closed.',
      halfClose: 'The client half-closes: an empty DATA frame with END_STREAM says no more requests will come.',
      responseHeaders: 'The server sends response HEADERS (:status 200, content-type application/grpc) with its first message.',
      responseHeadersExplicit: 'The server sends its response HEADERS now (SendHeader), so the status that follows travels in trailers.',
      responseMessage: 'The server sends HelloResponse {n} ("{text}", {length} bytes after a 5-byte prefix) in a DATA frame.',
      trailersOk: 'The server ends the stream with trailers: grpc-status 0 (OK) in a HEADERS frame with END_STREAM.',
      trailersError: 'The server ends the stream with trailers: grpc-status {code} ({name}) and grpc-message "{message}", with END_STREAM.',
      trailersOnlyOk: 'The server sent nothing before finishing, so it answers with a single HEADERS frame (Trailers-Only): :status 200 and grpc-status 0, with END_STREAM.',
      trailersOnlyError: 'The server fails at once with a single HEADERS frame (Trailers-Only): :status 200, grpc-status {code} ({name}), grpc-message "{message}", END_STREAM.',
      rstNoError: 'The server finished before the client half-closed, so it resets the stream with RST_STREAM(NO_ERROR); the client\u2019s further sends fail with io.EOF.',
      rstDeadline: 'The {timeout} ms deadline expires: the client fails the call with DEADLINE_EXCEEDED and sends RST_STREAM(CANCEL); the server\u2019s context is done.',
      rstCancel: 'The client cancels its context: it sends RST_STREAM(CANCEL) and the call ends with CANCELLED on both sides.',
    },
    adjustments: {
      kindUnknown: 'unknown call kind, showing unary',
      outcomeUnknown: 'unknown outcome, showing OK',
      interleaveUnknown: 'unknown interleaving, showing ping-pong',
      requestsFixed: 'this kind sends exactly one request',
      responsesFixed: 'this kind returns exactly one response',
      requestsClamped: 'request count kept within range',
      responsesClamped: 'response count kept within range',
      kClamped: 'K kept between 1 and the number of requests',
      timeoutClamped: 'deadline kept within 1 to 99999999 ms',
      earlyFinishNeedsStream: 'the server can only finish first while the client is still streaming requests; showing OK',
    },
  },
  zh: {
    settings: '调用',
    kind: '调用方式',
    requests: '请求数',
    responses: '响应数',
    interleave: '服务端何时回复',
    k: 'K',
    outcome: '结果',
    timeout: '截止时间（毫秒）',
    numberError: '请输入 {min} 到 {max} 之间的整数。',
    fixedCount: '这种调用方式固定为 1。',
    player: '播放',
    play: '播放',
    pause: '暂停',
    back: '后退一步',
    forward: '前进一步',
    restart: '从头开始',
    speed: '速度',
    timeline: '时间轴',
    timelineValue: '第 {n} 帧，共 {total} 帧',
    timelineStart: '第一帧之前（共 {total} 帧）',
    client: '客户端',
    server: '服务端',
    stream: 'HTTP/2 流 1',
    frames: '已发送的帧',
    noFrames: '还没有发送任何帧。点“播放”或“前进一步”。',
    c2s: '客户端 → 服务端',
    s2c: '服务端 → 客户端',
    bytes: '{n} 字节',
    log: '过程说明',
    logEmpty: '调用尚未开始。',
    finalStatus: '最终状态',
    pending: '进行中',
    inspector: '帧查看器',
    inspectorEmpty: '选择一帧，查看它的头部字段或字节。',
    frameTitle: '第 {n} 帧：{type}，{dir}',
    flags: '标志',
    noFlags: '无',
    headerName: '名称',
    headerValue: '值',
    prefix: '长度前缀（5 字节）',
    prefixFlag: '压缩标志 {flag}',
    prefixLength: '长度 {n}（4 字节，大端序）',
    messageBytes: 'Protobuf 消息（{n} 字节）',
    decoded: '按 {type} 解码',
    emptyData: '空的 DATA 帧：不带消息，只有 END_STREAM（客户端半关闭）。',
    rstCode: '错误码',
    rstMeaning: '流在两个方向上立即结束，之后不再有帧。',
    code: 'grpc-go 代码',
    clientCode: '客户端调用',
    serverCode: '服务端处理函数',
    currentLine: '（发出了当前这一帧）',
    notesTitle: '规范留给实现决定、grpc-go 的做法',
    note1: 'grpc-go 只在发送第一条消息时（或调用 SendHeader 时）才发送响应 HEADERS：处理函数若什么都没发就返回，即使状态是 OK，也会得到 Trailers-Only。',
    note2: '这里按设定的截止时间显示 grpc-timeout（500m）。真实客户端发送的是发出头部时剩余的时间：grpc-js 以毫秒向上取整（约 499m），grpc-go 用能放进 8 位数字的最小单位（约 500000u）。它们表示同一个截止时间。',
    note3: '状态为 OK 时，grpc-go 会发送空的 grpc-message，grpc-js 则发送 "OK"；规范中 Status-Message 是可选的，这里省略。grpc-js 用 encodeURI 做百分号编码（空格变成 %20），这里只编码规范要求的字符。',
    note4: '双向流的两个方向互相独立：这里的顺序假设每一方在收到对方的帧后立即行动。每条消息单独放在一个 DATA 帧里，尽管 HTTP/2 可以拆分或合并它们。',
    note5: 'grpc-js 服务端若在客户端半关闭之前结束，不会发送 RST_STREAM(NO_ERROR)（RFC 9113 规定它是可选的）；随后 grpc-js 客户端用一个空 DATA 帧半关闭。grpc-go 会发送这个 RST_STREAM，这里按它展示。',
    note6: '客户端写完后立即半关闭时，grpc-js 把 END_STREAM 放在最后一条消息的 DATA 帧上，而不是另发一个空 DATA 帧；它的服务端响应 content-type 为 application/grpc+proto。规范允许这两种做法。',
    stale: '无法生成这次调用（{message}）；下面显示的是上一次成功的结果。',
    adjusted: '已调整：',
    notApplicable: '（需要客户端流）',
    kinds: {
      unary: '一元调用 — SayHello',
      'server-streaming': '服务端流 — LotsOfReplies',
      'client-streaming': '客户端流 — LotsOfGreetings',
      bidi: '双向流 — BidiHello',
    },
    outcomes: {
      ok: '成功（OK）',
      'error-status': 'trailers 中返回错误状态',
      'trailers-only': '立即出错（Trailers-Only）',
      deadline: '截止时间到期',
      'client-cancel': '客户端取消',
      'server-early-finish': '服务端在客户端半关闭前结束',
    },
    interleaves: {
      'ping-pong': '每个请求之后（一问一答）',
      'every-k': '每 K 个请求之后',
      'after-half-close': '客户端半关闭之后才回复',
    },
    steps: {
      requestHeaders: '客户端用请求 HEADERS 打开流：POST {path}，content-type application/grpc，te trailers。',
      requestHeadersTimeout: '客户端用请求 HEADERS 打开流：POST {path}，并带上 grpc-timeout {timeout}，让服务端知道截止时间。',
      requestMessage: '客户端在一个 DATA 帧中发送第 {n} 个 HelloRequest（"{text}"，5 字节长度前缀之后 {length} 字节）。',
      requestMessageLast: '客户端在带 END_STREAM 的 DATA 帧中发送唯一的 HelloRequest（"{text}"，5 字节前缀之后 {length} 字节）：请求方向就此关闭。',
      halfClose: '客户端半关闭：一个带 END_STREAM 的空 DATA 帧，表示不会再有请求。',
      responseHeaders: '服务端随第一条消息发送响应 HEADERS（:status 200，content-type application/grpc）。',
      responseHeadersExplicit: '服务端现在就发送响应 HEADERS（SendHeader），因此随后的状态会放在 trailers 中。',
      responseMessage: '服务端在一个 DATA 帧中发送第 {n} 个 HelloResponse（"{text}"，5 字节前缀之后 {length} 字节）。',
      trailersOk: '服务端用 trailers 结束流：带 END_STREAM 的 HEADERS 帧，grpc-status 0（OK）。',
      trailersError: '服务端用 trailers 结束流：grpc-status {code}（{name}），grpc-message "{message}"，带 END_STREAM。',
      trailersOnlyOk: '服务端结束前什么都没发，所以只回一个 HEADERS 帧（Trailers-Only）：:status 200 和 grpc-status 0，带 END_STREAM。',
      trailersOnlyError: '服务端立即失败，只回一个 HEADERS 帧（Trailers-Only）：:status 200，grpc-status {code}（{name}），grpc-message "{message}"，END_STREAM。',
      rstNoError: '服务端在客户端半关闭之前就结束了，于是用 RST_STREAM(NO_ERROR) 重置流；客户端之后的发送会得到 io.EOF。',
      rstDeadline: '{timeout} 毫秒的截止时间到期：客户端以 DEADLINE_EXCEEDED 结束调用并发送 RST_STREAM(CANCEL)；服务端的 context 随之结束。',
      rstCancel: '客户端取消了 context：发送 RST_STREAM(CANCEL)，双方都以 CANCELLED 结束。',
    },
    adjustments: {
      kindUnknown: '未知的调用方式，改为一元调用',
      outcomeUnknown: '未知的结果，改为 OK',
      interleaveUnknown: '未知的交错方式，改为一问一答',
      requestsFixed: '这种调用方式只发送一个请求',
      responsesFixed: '这种调用方式只返回一个响应',
      requestsClamped: '请求数已限制在范围内',
      responsesClamped: '响应数已限制在范围内',
      kClamped: 'K 已限制在 1 到请求数之间',
      timeoutClamped: '截止时间已限制在 1 到 99999999 毫秒之间',
      earlyFinishNeedsStream: '只有客户端仍在流式发送请求时，服务端才可能先结束；改为 OK',
    },
  },
};

/** Fills `{name}` placeholders. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
