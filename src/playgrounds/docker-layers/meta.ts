import type { PlaygroundMeta } from '../types.ts';

export const meta: PlaygroundMeta = {
  id: 'docker-layers',
  title: { zh: 'Docker 镜像分层可视化', en: 'Docker layer visualizer' },
  summary: {
    zh: '写一个 Dockerfile，看镜像的每一层、被删除却仍随镜像分发的文件、构建缓存的命中与失效，以及容器的可写层如何 copy-up 和 whiteout。',
    en: "Write a Dockerfile and watch the image's layers, files deleted yet still shipped, which build steps hit or miss the cache, and how a container's writable layer copies up and whites out.",
  },
  height: 1400,
};
