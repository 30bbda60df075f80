import type { PlaygroundMeta } from '../types.ts';

export const meta: PlaygroundMeta = {
  id: 'protobuf',
  title: { zh: 'Protobuf 编码器', en: 'Protobuf encoder' },
  summary: {
    zh: '输入 .proto schema 和 JSON 消息，逐字节看线格式：标签、varint、长度前缀，以及它为什么比 JSON、MessagePack 和 BSON 小。',
    en: 'Type a .proto schema and a JSON message and see the wire format byte by byte — tags, varints, length prefixes — and why it is smaller than JSON, MessagePack and BSON.',
  },
  height: 1860,
};
