/**
 * The grpc-go code of both sides of a call, written for the chosen kind and outcome, with named lines
 * ("anchors") the frame generator points at. The calls are grpc-go's generated stubs and stream API:
 * `ClientStream.Send`/`Recv`/`CloseSend`/`CloseAndRecv`, `ServerStream.Send`/`Recv`/`SendAndClose`.
 * @see https://pkg.go.dev/google.golang.org/grpc#ClientStream
 * @see https://grpc.io/docs/languages/go/basics/
 */
import type { CallParams, GoCode } from './types.ts';

export type ClientAnchor = 'ctx' | 'cancel' | 'call' | 'send' | 'close';
export type ServerAnchor =
  | 'reply'
  | 'header'
  | 'fail'
  | 'reject'
  | 'send'
  | 'sendLoop'
  | 'sendRest'
  | 'return'
  | 'early'
  | 'sendAndClose';

export interface AnchoredCode {
  code: GoCode;
  client: Partial<Record<ClientAnchor, number>>;
  server: Partial<Record<ServerAnchor, number>>;
}

/** Collects lines, remembering the 1-based number of each anchored one. */
class Lines<A extends string> {
  readonly lines: string[] = [];
  readonly anchors: Partial<Record<A, number>> = {};
  add(text: string, anchor?: A): this {
    this.lines.push(text);
    if (anchor !== undefined && this.anchors[anchor] === undefined) this.anchors[anchor] = this.lines.length;
    return this;
  }
}

export const ERROR_STATUS = { name: 'ResourceExhausted', message: 'quota exceeded: 100%' } as const;
export const REJECT_STATUS = { name: 'Unauthenticated', message: 'missing auth token' } as const;

/** How many client requests the server reads before it finishes early (`server-early-finish`). */
export function earlyStop(requests: number): number {
  return Math.ceil(requests / 2);
}

function clientCode(p: CallParams): Lines<ClientAnchor> {
  const c = new Lines<ClientAnchor>();
  if (p.timeoutMs !== null) c.add(`ctx, cancel := context.WithTimeout(ctx, ${p.timeoutMs}*time.Millisecond)`, 'ctx');
  else c.add('ctx, cancel := context.WithCancel(ctx)', 'ctx');
  c.add('defer cancel()');
  if (p.outcome === 'client-cancel') c.add('time.AfterFunc(100*time.Millisecond, cancel) // give up early', 'cancel');
  const fail = (indent: string, what: string) =>
    c.add(`${indent}log.Printf("${what}: %v", status.Code(err))`).add(`${indent}return`);
  switch (p.kind) {
    case 'unary':
      c.add('r, err := c.SayHello(ctx, &pb.HelloRequest{Greeting: "hello"})', 'call');
      c.add('if err != nil {');
      fail('\t', 'SayHello');
      c.add('}').add('log.Print(r.GetReply())');
      break;
    case 'server-streaming':
      c.add('stream, err := c.LotsOfReplies(ctx, &pb.HelloRequest{Greeting: "hello"})', 'call');
      c.add('if err != nil {').add('\treturn').add('}');
      c.add('for {').add('\tr, err := stream.Recv()').add('\tif err == io.EOF {').add('\t\tbreak // trailers: OK').add('\t}');
      c.add('\tif err != nil {');
      fail('\t\t', 'Recv');
      c.add('\t}').add('\tlog.Print(r.GetReply())').add('}');
      break;
    case 'client-streaming':
      c.add('stream, err := c.LotsOfGreetings(ctx)', 'call');
      c.add('if err != nil {').add('\treturn').add('}');
      c.add(`for i := 1; i <= ${p.requests}; i++ {`);
      c.add('\tmsg := &pb.HelloRequest{Greeting: fmt.Sprintf("hello %d", i)}');
      c.add('\tif err := stream.Send(msg); err != nil {', 'send');
      c.add('\t\tbreak // io.EOF: the server has ended the call').add('\t}').add('}');
      c.add('r, err := stream.CloseAndRecv()', 'close');
      c.add('if err != nil {');
      fail('\t', 'LotsOfGreetings');
      c.add('}').add('log.Print(r.GetReply())');
      break;
    case 'bidi':
      c.add('stream, err := c.BidiHello(ctx)', 'call');
      c.add('if err != nil {').add('\treturn').add('}');
      c.add('done := make(chan struct{})').add('go func() {').add('\tdefer close(done)').add('\tfor {');
      c.add('\t\tr, err := stream.Recv()').add('\t\tif err != nil { // io.EOF after trailers with OK');
      c.add('\t\t\tlog.Printf("Recv: %v", status.Code(err))').add('\t\t\treturn').add('\t\t}');
      c.add('\t\tlog.Print(r.GetReply())').add('\t}').add('}()');
      c.add(`for i := 1; i <= ${p.requests}; i++ {`);
      c.add('\tmsg := &pb.HelloRequest{Greeting: fmt.Sprintf("hello %d", i)}');
      c.add('\tif err := stream.Send(msg); err != nil {', 'send');
      c.add('\t\tbreak').add('\t}').add('}');
      c.add('stream.CloseSend()', 'close');
      c.add('<-done');
      break;
  }
  return c;
}

function serverCode(p: CallParams): Lines<ServerAnchor> {
  const s = new Lines<ServerAnchor>();
  const err = `status.Error(codes.${ERROR_STATUS.name}, "${ERROR_STATUS.message}")`;
  const reject = (ctx: string) =>
    s
      .add(`\tif !authorized(${ctx}) {`)
      .add(`\t\treturn ${p.kind === 'unary' ? 'nil, ' : ''}status.Error(codes.${REJECT_STATUS.name}, "${REJECT_STATUS.message}")`, 'reject')
      .add('\t}');
  const slow = p.outcome === 'deadline' || p.outcome === 'client-cancel';
  switch (p.kind) {
    case 'unary':
      s.add('func (s *server) SayHello(ctx context.Context, in *pb.HelloRequest) (*pb.HelloResponse, error) {');
      if (p.outcome === 'trailers-only') reject('ctx');
      if (slow) s.add('\ttime.Sleep(time.Second) // slow work: the client gives up first');
      if (p.outcome === 'error-status') {
        s.add('\tgrpc.SendHeader(ctx, metadata.MD{}) // headers go out now', 'header');
        s.add(`\treturn nil, ${err}`, 'fail');
      } else s.add('\treturn &pb.HelloResponse{Reply: "hi"}, nil', 'reply');
      s.add('}');
      break;
    case 'server-streaming':
      s.add('func (s *server) LotsOfReplies(in *pb.HelloRequest, stream pb.HelloService_LotsOfRepliesServer) error {');
      if (p.outcome === 'trailers-only') reject('stream.Context()');
      s.add(`\tfor i := 1; i <= ${p.responses}; i++ {`);
      if (slow) s.add('\t\ttime.Sleep(time.Second) // slow work');
      s.add('\t\tmsg := &pb.HelloResponse{Reply: fmt.Sprintf("hi %d", i)}');
      s.add('\t\tif err := stream.Send(msg); err != nil {', 'send').add('\t\t\treturn err').add('\t\t}').add('\t}');
      if (p.outcome === 'error-status') {
        if (p.responses === 0) s.add('\tstream.SendHeader(metadata.MD{}) // headers go out now', 'header');
        s.add(`\treturn ${err}`, 'fail');
      } else s.add('\treturn nil', 'return');
      s.add('}');
      break;
    case 'client-streaming':
      s.add('func (s *server) LotsOfGreetings(stream pb.HelloService_LotsOfGreetingsServer) error {');
      if (p.outcome === 'trailers-only') reject('stream.Context()');
      s.add('\treceived := 0').add('\tfor {');
      if (p.outcome === 'server-early-finish') {
        s.add(`\t\tif received == ${earlyStop(p.requests)} { // enough: answer before the client is done`);
        s.add('\t\t\treturn stream.SendAndClose(&pb.HelloResponse{Reply: "hi"})', 'early').add('\t\t}');
      }
      s.add('\t\tin, err := stream.Recv()').add('\t\tif err == io.EOF { // the client half-closed');
      if (p.outcome === 'error-status') {
        s.add('\t\t\tstream.SendHeader(metadata.MD{}) // headers go out now', 'header');
        s.add(`\t\t\treturn ${err}`, 'fail');
      } else s.add('\t\t\treturn stream.SendAndClose(&pb.HelloResponse{Reply: "hi"})', 'sendAndClose');
      s.add('\t\t}').add('\t\tif err != nil {').add('\t\t\treturn err').add('\t\t}');
      if (slow) s.add('\t\ttime.Sleep(time.Second) // slow work');
      s.add('\t\treceived++').add('\t\tlog.Print(in.GetGreeting())').add('\t}').add('}');
      break;
    case 'bidi': {
      s.add('func (s *server) BidiHello(stream pb.HelloService_BidiHelloServer) error {');
      if (p.outcome === 'trailers-only') reject('stream.Context()');
      s.add('\treceived, sent := 0, 0').add('\tfor {');
      if (p.outcome === 'server-early-finish')
        s.add(`\t\tif received == ${earlyStop(p.requests)} {`).add('\t\t\tbreak // stop reading: finish before the client does').add('\t\t}');
      s.add('\t\tin, err := stream.Recv()');
      s.add('\t\tif err == io.EOF { // the client half-closed').add('\t\t\tbreak').add('\t\t}');
      s.add('\t\tif err != nil {').add('\t\t\treturn err').add('\t\t}');
      if (slow) s.add('\t\ttime.Sleep(time.Second) // slow work');
      s.add('\t\treceived++').add('\t\tlog.Print(in.GetGreeting())');
      if (p.interleave !== 'after-half-close') {
        const k = p.interleave === 'ping-pong' ? 1 : p.k;
        const note = p.interleave === 'ping-pong' ? ' // ping-pong: one reply per request' : ` // every ${k} requests`;
        s.add(k === 1 ? `\t\tif sent < ${p.responses} {${note}` : `\t\tif sent < ${p.responses} && received%${k} == 0 {${note}`);
        s.add('\t\t\tsent++').add('\t\t\tmsg := &pb.HelloResponse{Reply: fmt.Sprintf("hi %d", sent)}');
        s.add('\t\t\tif err := stream.Send(msg); err != nil {', 'sendLoop').add('\t\t\t\treturn err').add('\t\t\t}').add('\t\t}');
      }
      s.add('\t}');
      s.add(`\tfor sent < ${p.responses} { // the rest, once reading is over`).add('\t\tsent++');
      s.add('\t\tmsg := &pb.HelloResponse{Reply: fmt.Sprintf("hi %d", sent)}');
      s.add('\t\tif err := stream.Send(msg); err != nil {', 'sendRest').add('\t\t\treturn err').add('\t\t}').add('\t}');
      if (p.outcome === 'error-status') {
        if (p.responses === 0) s.add('\tstream.SendHeader(metadata.MD{}) // headers go out now', 'header');
        s.add(`\treturn ${err}`, 'fail');
      } else s.add('\treturn nil', 'return');
      s.add('}');
      break;
    }
  }
  return s;
}

/** The Go code of both sides and the line number of each anchor. Pure. */
export function goCode(p: CallParams): AnchoredCode {
  const c = clientCode(p);
  const s = serverCode(p);
  return { code: { client: c.lines, server: s.lines }, client: c.anchors, server: s.anchors };
}
