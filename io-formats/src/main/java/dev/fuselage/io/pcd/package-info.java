/**
 * Point Cloud Library's PCD format: {@link dev.fuselage.io.pcd.PcdFormat} reads and writes all three encodings.
 *
 * <p>Reading: {@link dev.fuselage.io.pcd.PcdHeader} parses and checks the header,
 * {@code PcdFieldLayout} maps fields to positions and typed columns, and one body reader per encoding
 * ({@code PcdAsciiReader}, {@code PcdBinaryReader}, {@code PcdCompressedReader} with the streaming
 * {@code LzfDecoder}) moves values through per-field {@code FieldDecoder}s straight into the cloud's arrays.
 * Writing mirrors it: {@code PcdWriter} with {@code FieldEncoder}s, {@code AsciiSink} and {@code LzfEncoder}.
 */
package dev.fuselage.io.pcd;
