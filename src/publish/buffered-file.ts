import { closeSync, openSync, writeSync } from 'node:fs';

/** Buffered appends to a file: one system call per megabyte instead of one per action. */
export class BufferedFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  line(text: string, end = '\n'): void {
    this.buffer.push(text, end);
    this.size += text.length + end.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

