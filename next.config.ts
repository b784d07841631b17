import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` would otherwise write AGENTS.md into the repository root on every start.
  agentRules: false,
  // The Google clients pull in gRPC and protobuf loaders that must stay plain Node requires.
  serverExternalPackages: ['@google-cloud/pubsub', '@google-cloud/monitoring', 'google-gax', '@grpc/grpc-js'],
};

export default nextConfig;
