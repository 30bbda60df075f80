import type { PlaygroundMeta } from '../types.ts';

export const meta: PlaygroundMeta = {
  id: 'grpc-streams',
  title: { zh: 'gRPC 四种调用方式：HTTP/2 帧动画', en: 'gRPC call kinds, frame by frame on HTTP/2' },
  summary: {
    zh: '一元、服务端流、客户端流和双向流调用在一条 HTTP/2 流上逐帧发送：HEADERS、带长度前缀的 DATA、END_STREAM、trailers、Trailers-Only 与 RST_STREAM，并同步高亮 grpc-go 代码。',
    en: 'Unary, server-streaming, client-streaming and bidi calls sent frame by frame on one HTTP/2 stream — HEADERS, length-prefixed DATA, END_STREAM, trailers, Trailers-Only and RST_STREAM — with the grpc-go line behind each frame.',
  },
  height: 1340,
};
