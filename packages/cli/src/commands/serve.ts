import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from '../cli-error.ts';

const serve: CliCommand = {
  summary:
    'run the Council server (API, WebSocket and web app on one port): serve [--port N] [--data DIR] [--host H]',
  async run(args, ctx) {
    let values: { port?: string | undefined; data?: string | undefined; host?: string | undefined };
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        allowPositionals: false,
        options: { port: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' } },
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { parseConfig, ConfigError, startServer } = await import('@council/server');
    let config;
    try {
      config = parseConfig(values);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    let running;
    try {
      running = await startServer(config);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new UsageError(`port ${config.port} is already in use`);
      if (code === 'EACCES') throw new UsageError(`no permission to listen on port ${config.port}`);
      throw error;
    }
    const where =
      config.store.kind === 'sqlite'
        ? config.store.file
        : `PostgreSQL (schema ${config.store.schema ?? 'council'})`;
    ctx.out(`Council server listening on ${running.url}`);
    ctx.out(`events stored in ${where}`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void running.stop().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};

export default serve;
