// Imported before the generated code: protobufjs picks up the `long` package
// when it can and would then decode every 64-bit field as a Long object. Our
// 64-bit fields are millisecond timestamps and sequence numbers far below
// 2^53, so plain numbers are both safe and what every caller wants.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
