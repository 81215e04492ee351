/**
 * A file system error as the CLI's messages say it: what went wrong in Chinese, its code after
 * it for a search or a bug report (`文件或目录不存在（ENOENT）`). Node's own message is English and
 * names a temporary file the user never asked for (`open '/x/.b.json.3378.tmp'`).
 */
const MEANING: Record<string, string> = {
  ENOENT: "文件或目录不存在",
  ENOTDIR: "路径中有一段不是目录",
  EISDIR: "是目录，这里需要一个文件",
  EACCES: "没有权限",
  EPERM: "操作不被允许",
  EROFS: "文件系统只读",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出磁盘配额",
  EEXIST: "已存在",
  EBUSY: "文件正被占用",
  ETXTBSY: "文件正被占用",
  EMFILE: "打开的文件过多",
  ENFILE: "打开的文件过多",
  ELOOP: "符号链接形成循环",
  ENAMETOOLONG: "文件名过长",
  EXDEV: "不能跨文件系统移动",
  EIO: "读写出错",
  EINVAL: "参数无效",
};

export function systemErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string") return MEANING[code] ? `${MEANING[code]}（${code}）` : code;
  return error instanceof Error ? error.message : String(error);
}
