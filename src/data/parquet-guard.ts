import { crc32 } from "node:zlib";
import type { ColumnChunk, FileMetaData, PageHeader, RowGroup, SchemaTree } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";
import { UserError } from "../errors/user-error.js";

/**
 * Structural checks hyparquet does not make. A damaged page header leaves fields undefined, and hyparquet's
 * decoders then compute NaN offsets and can loop forever instead of failing; checking every page header of
 * a row group before decoding it turns such damage into an error. Each function throws an Error whose
 * message is the reason; the caller names the file.
 */

/** A column compressed with a codec this Node.js cannot decompress: not damage, so worded on its own. */
export class UnreadableCodec extends UserError {
  constructor(column: string, codec: string | undefined, readable: ReadonlySet<string>) {
    const hint = codec === "ZSTD" ? "; ZSTD needs Node.js 22.15 or later" : "";
    super(
      `column "${column}" is compressed with ${codec ?? "an unknown codec"}, which cannot be read here ` +
        `(readable: ${[...readable].join(", ")}${hint})`,
    );
    this.name = "UnreadableCodec";
  }
}

/** The byte range a column chunk occupies. */
export function chunkRange(chunk: ColumnChunk): { start: number; end: number } {
  const meta = chunk.meta_data;
  if (!meta) throw new Error("a column chunk has no metadata");
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return { start, end: start + Number(meta.total_compressed_size) };
}

/**
 * Checks that every row group's column chunks match the schema's leaf columns one to one, and point inside
 * the file. A chunk hyparquet cannot match to the schema would be read but never awaited, and its failure
 * would surface as an unhandled rejection instead of an error here.
 */
export function checkMetadata(
  metadata: FileMetaData,
  tree: SchemaTree,
  fileSize: number,
  codecs: ReadonlySet<string>,
): void {
  const leaves = leafColumns(tree);
  metadata.row_groups.forEach((group, g) => {
    if (typeof group.num_rows !== "bigint" || group.num_rows < 0n) {
      throw new Error(`row group ${g + 1} has no valid row count`);
    }
    if (group.columns.length !== leaves.length) {
      throw new Error(
        `row group ${g + 1} has ${group.columns.length} column chunks for ${leaves.length} columns`,
      );
    }
    group.columns.forEach((chunk, c) => {
      const meta = chunk.meta_data;
      const name = meta?.path_in_schema?.join(".") ?? "?";
      const leaf = leaves[c];
      if (!leaf || name !== leaf.path || meta?.type !== leaf.type) {
        throw new Error(`row group ${g + 1}: column chunk ${c + 1} ("${name}") does not match the schema`);
      }
      if (chunk.file_path) throw new Error(`column "${name}" is stored in another file (${chunk.file_path})`);
      if (
        !meta ||
        typeof meta.data_page_offset !== "bigint" ||
        typeof meta.total_compressed_size !== "bigint" ||
        typeof meta.num_values !== "bigint"
      ) {
        throw new Error(`row group ${g + 1}, column "${name}": the column metadata is incomplete`);
      }
      if (!codecs.has(meta.codec)) throw new UnreadableCodec(name, meta.codec, codecs);
      const { start, end } = chunkRange(chunk);
      if (!(start >= 4 && end >= start && end <= fileSize - 8)) {
        throw new Error(
          `row group ${g + 1}, column "${name}" points outside the file (bytes ${start}-${end})`,
        );
      }
    });
  });
}

function leafColumns(tree: SchemaTree): { path: string; type: string | undefined }[] {
  const leaves: { path: string; type: string | undefined }[] = [];
  const visit = (node: SchemaTree): void => {
    if (node.children.length === 0) leaves.push({ path: node.path.join("."), type: node.element.type });
    else for (const child of node.children) visit(child);
  };
  for (const child of tree.children) visit(child);
  return leaves;
}

/**
 * Walks every page header of the row group's column chunks. `bytes` holds the file from byte `offset`
 * on, covering every chunk of the group.
 */
export function checkPages(group: RowGroup, bytes: Uint8Array, offset: number): void {
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta) continue;
    const name = meta.path_in_schema.join(".");
    const { start, end } = chunkRange(chunk);
    const view = new DataView(bytes.buffer, bytes.byteOffset + start - offset, end - start);
    const reader = { view, offset: 0 };
    let values = 0;
    while (reader.offset < view.byteLength) {
      const at = start + reader.offset;
      let header: PageHeader;
      try {
        header = parquetHeader(reader);
      } catch (error) {
        throw new Error(`column "${name}": the page header at byte ${at} is unreadable (${reasonOf(error)})`);
      }
      const problem = headerProblem(header, view.byteLength - reader.offset);
      if (problem) throw new Error(`column "${name}": the page header at byte ${at} ${problem}`);
      if (header.crc !== undefined) {
        const page = new Uint8Array(
          view.buffer,
          view.byteOffset + reader.offset,
          header.compressed_page_size,
        );
        if ((crc32(page) | 0) !== header.crc)
          throw new Error(`column "${name}": the page at byte ${at} fails its CRC`);
      }
      values += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
      reader.offset += header.compressed_page_size;
    }
    if (BigInt(values) !== meta.num_values) {
      throw new Error(
        `column "${name}": its pages hold ${values} values but its metadata says ${meta.num_values}`,
      );
    }
    if (meta.path_in_schema.length === 1 && meta.num_values !== group.num_rows) {
      throw new Error(`column "${name}" has ${meta.num_values} values for ${group.num_rows} rows`);
    }
  }
}

function headerProblem(header: PageHeader, remaining: number): string | undefined {
  if (!isCount(header.compressed_page_size) || !isCount(header.uncompressed_page_size)) {
    return "has no valid page size";
  }
  if (header.compressed_page_size > remaining) return "gives a page size that runs past the column chunk";
  switch (header.type) {
    case "DATA_PAGE": {
      const page = header.data_page_header;
      if (!page || !isCount(page.num_values)) return "is missing its data page header";
      if (!page.encoding || !page.definition_level_encoding || !page.repetition_level_encoding) {
        return "names an unknown encoding";
      }
      return undefined;
    }
    case "DATA_PAGE_V2": {
      const page = header.data_page_header_v2;
      if (!page || !isCount(page.num_values) || !isCount(page.num_nulls) || !isCount(page.num_rows)) {
        return "is missing its data page header";
      }
      if (!isCount(page.definition_levels_byte_length) || !isCount(page.repetition_levels_byte_length)) {
        return "has no valid level lengths";
      }
      if (
        page.definition_levels_byte_length + page.repetition_levels_byte_length >
        header.compressed_page_size
      ) {
        return "gives level lengths longer than the page";
      }
      if (page.num_nulls > page.num_values) return "counts more nulls than values";
      return page.encoding ? undefined : "names an unknown encoding";
    }
    case "DICTIONARY_PAGE": {
      const page = header.dictionary_page_header;
      if (!page || !isCount(page.num_values)) return "is missing its dictionary page header";
      return page.encoding ? undefined : "names an unknown encoding";
    }
    case "INDEX_PAGE":
      return undefined;
    default:
      return "has an unknown page type";
  }
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
