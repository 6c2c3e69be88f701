#pragma once
/// CORRIDOR_LANE_CLONES: builds a lane loop for several instruction sets (AVX-512, AVX2 and the
/// baseline); the dynamic loader picks the best one for the running CPU.
///
/// This cannot change results: lane loops use only IEEE-754 +, -, *, /, sqrt and bit
/// operations, contraction into FMA is disabled for the whole project (-ffp-contract=off) and
/// nothing allows reassociation, so every instruction set computes the same bits. Off for
/// compilers or sanitizer builds that do not support function multiversioning well, and when
/// CORRIDOR_NO_LANE_CLONES is defined (to build and compare a single version).

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && \
    !defined(__SANITIZE_ADDRESS__) && !defined(CORRIDOR_NO_LANE_CLONES)
#define CORRIDOR_LANE_CLONES \
  __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define CORRIDOR_LANE_CLONES
#endif
