# The scanner's fingerprint for the scan cache (src/cli/cache.c): a hash
# of the version and of every source and data file that decides what a
# scan finds.  cmake -DSRC=DIR -DOUT=FILE -DVERSION=V -P fingerprint.cmake
file(GLOB_RECURSE files LIST_DIRECTORIES false ${SRC}/src/*.c ${SRC}/src/*.h ${SRC}/src/*.re ${SRC}/src/*.inc
     ${SRC}/src/lang/* ${SRC}/src/data/*)
list(FILTER files EXCLUDE REGEX "/src/(cli|tools)/")
list(APPEND files ${SRC}/src/cli/docbin.c)
list(SORT files)
set(all "${VERSION}")
foreach(f ${files})
  file(SHA256 ${f} h)
  string(APPEND all "${h}")
endforeach()
string(SHA256 fp "${all}")
string(SUBSTRING "${fp}" 0 32 fp)
file(WRITE ${OUT}.tmp "#define CG_SCAN_FINGERPRINT \"${VERSION}-${fp}\"\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
file(REMOVE ${OUT}.tmp)
