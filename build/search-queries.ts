/**
 * The fixed set of search queries the ranking test (build/search-index.test.ts) and `npm run bench`
 * run against the real index of the real lessons. Each expectation was chosen by reading the lessons:
 * the section that explains the term, not whatever the engine happened to return. `mid` marks a
 * Chinese term that sits inside a sentence and in no heading (what a word-only index would miss).
 */
import type { Lang } from '../src/lessons/parts.ts';

export interface RankingCase {
  lang: Lang;
  query: string;
  slug: string;
  /** Heading id; "" is the lesson's introduction, `interview-questions` its interview questions. */
  section: string;
  why: string;
  mid?: true;
}

export const RANKING_CASES: RankingCase[] = [
  // Chinese terms that name a section (some sit inside a longer heading).
  {
    lang: 'zh',
    query: '舱壁',
    slug: 'service-governance',
    section: 'resilience',
    why: 'heading 降级、负载削减与舱壁隔离, the only place it is used',
  },
  { lang: 'zh', query: '灰度', slug: 'service-governance', section: 'canary', why: 'heading 灰度发布' },
  { lang: 'zh', query: '覆盖索引', slug: 'mysql', section: 'covering-and-leftmost', why: 'heading 覆盖索引与最左前缀' },
  {
    lang: 'zh',
    query: '最左前缀',
    slug: 'mysql',
    section: 'covering-and-leftmost',
    why: 'end of the heading 覆盖索引与最左前缀',
  },
  {
    lang: 'zh',
    query: '复制延迟',
    slug: 'data-access-layer',
    section: 'read-write-splitting',
    why: 'heading 读写分离与复制延迟',
  },
  { lang: 'zh', query: '法定人数', slug: 'storage-layer', section: 'leaderless', why: 'heading 无主与法定人数' },
  { lang: 'zh', query: '零值', slug: 'gorm', section: 'zero-values', why: 'heading Updates 忽略零值' },
  { lang: 'zh', query: '熔断', slug: 'service-governance', section: 'circuit-breaking', why: 'heading 熔断' },
  { lang: 'zh', query: '心跳', slug: 'im', section: 'heartbeats', why: 'heading 心跳与 NAT 超时' },
  { lang: 'zh', query: '软删除', slug: 'gorm', section: 'soft-delete', why: 'heading 软删除' },
  { lang: 'zh', query: '多阶段构建', slug: 'docker', section: 'multi-stage-build', why: 'heading 多阶段构建' },
  {
    lang: 'zh',
    query: '死锁检测',
    slug: 'mysql',
    section: 'deadlocks',
    why: 'heading 死锁; 死锁检测 is said only there',
  },
  // Chinese terms from the middle of a sentence.
  { lang: 'zh', query: '无线电', slug: 'im', section: 'heartbeats', why: '每次心跳都可能唤醒无线电模块', mid: true },
  {
    lang: 'zh',
    query: '组协调者',
    slug: 'kafka',
    section: 'rebalancing',
    why: '某台 broker 上的组协调者负责管理组成员',
    mid: true,
  },
  {
    lang: 'zh',
    query: '脑裂',
    slug: 'storage-layer',
    section: 'sync-async-failover',
    why: '切得太急可能出现两个主节点（脑裂）',
    mid: true,
  },
  {
    lang: 'zh',
    query: '共享内存',
    slug: 'kubernetes',
    section: 'shared-network-and-volumes',
    why: '也能用 System V IPC 或 POSIX 共享内存',
    mid: true,
  },
  {
    lang: 'zh',
    query: '读己之写',
    slug: 'storage-layer',
    section: 'consistency-models',
    why: 'a row of the consistency table and its Go example',
    mid: true,
  },
  {
    lang: 'zh',
    query: '反序列化',
    slug: 'protobuf',
    section: 'what-it-is',
    why: '反序列化则是从字节还原出结构',
    mid: true,
  },
  {
    lang: 'zh',
    query: '对象池',
    slug: 'gin',
    section: '',
    why: 'the summary: Engine.ServeHTTP 与 Context 对象池',
    mid: true,
  },
  {
    lang: 'zh',
    query: '可重复读',
    slug: 'mysql',
    section: 'isolation-levels',
    why: 'the isolation level table (REPEATABLE READ, 不可重复读)',
    mid: true,
  },
  // Mixed Chinese and Latin.
  {
    lang: 'zh',
    query: 'ShouldBindJSON',
    slug: 'gin',
    section: 'reading-parameters',
    why: 'binding a JSON body, with its code',
  },
  {
    lang: 'zh',
    query: 'sync.Pool',
    slug: 'gin',
    section: 'serve-http-and-pool',
    why: 'engine.pool is a sync.Pool of Contexts',
  },
  { lang: 'zh', query: 'gin 中间件', slug: 'gin', section: 'middleware', why: 'heading 中间件与 c.Next()' },
  { lang: 'zh', query: 'Raft 共识', slug: 'service-discovery', section: 'raft', why: 'heading Raft：服务器之间的共识' },
  // English words and phrases.
  {
    lang: 'en',
    query: 'whiteout',
    slug: 'docker',
    section: 'layered-storage',
    why: 'heading Layered storage and whiteouts',
  },
  {
    lang: 'en',
    query: 'gossip',
    slug: 'service-discovery',
    section: 'gossip',
    why: 'heading Gossip: the LAN and WAN pools',
  },
  {
    lang: 'en',
    query: 'Sentinel',
    slug: 'redis',
    section: 'high-availability',
    why: 'heading Replication, Sentinel and Cluster',
  },
  {
    lang: 'en',
    query: 'circuit breaker',
    slug: 'service-governance',
    section: 'circuit-breaking',
    why: 'heading Circuit breaking, the breaker states',
  },
  { lang: 'en', query: 'multi-stage', slug: 'docker', section: 'multi-stage-build', why: 'heading Multi-stage builds' },
  {
    lang: 'en',
    query: 'kuberntes',
    slug: 'kubernetes',
    section: 'what-kubernetes-does',
    why: 'typo for Kubernetes; heading What Kubernetes does',
  },
  {
    lang: 'en',
    query: 'idempot producer',
    slug: 'kafka',
    section: 'idempotence-and-transactions',
    why: 'prefix of idempotent/idempotence; the idempotent producer',
  },
  // Go identifiers and names with dots, hyphens and slashes.
  {
    lang: 'en',
    query: 'ShouldBindJSON',
    slug: 'gin',
    section: 'reading-parameters',
    why: 'binding a JSON body, with its code',
  },
  {
    lang: 'en',
    query: 'sync.Pool',
    slug: 'gin',
    section: 'serve-http-and-pool',
    why: 'engine.pool is a sync.Pool of Contexts',
  },
  { lang: 'en', query: 'c.Next', slug: 'gin', section: 'middleware', why: 'heading Middleware and c.Next()' },
  { lang: 'en', query: 'OverlayFS', slug: 'docker', section: 'overlayfs', why: 'heading How OverlayFS merges layers' },
  { lang: 'en', query: 'ZigZag', slug: 'protobuf', section: 'zigzag', why: 'heading Negative numbers and ZigZag' },
  {
    lang: 'en',
    query: 'min.insync.replicas',
    slug: 'kafka',
    section: 'acks',
    why: 'heading acks and min.insync.replicas',
  },
  { lang: 'en', query: 'Preload', slug: 'gorm', section: 'n-plus-one', why: 'heading N+1 queries, Preload and Joins' },
  { lang: 'en', query: 'HTTP/2', slug: 'grpc', section: 'why-http2', why: 'heading Why HTTP/2' },
  { lang: 'en', query: 'go-redis', slug: 'redis', section: 'go-redis', why: 'heading Redis in Go: go-redis v9' },
  {
    lang: 'en',
    query: 'clientv3',
    slug: 'service-discovery',
    section: 'go-etcd',
    why: 'the etcd Go client, only in Leases and watches with etcd',
  },
  { lang: 'en', query: 'PACELC', slug: 'storage-layer', section: 'cap-pacelc', why: 'heading CAP and PACELC' },
];
