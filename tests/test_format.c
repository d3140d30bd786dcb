/* test_format.c: the library's fast "%.10g" (src/attrs.c, used for every
 * measure written) against printf, on three million doubles of every
 * range and sign.  Prints the mismatches; exits 1 when there is one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <stdint.h>
#include "attrs.h"
int main(void){
  unsigned long long seed=88172645463325252ull; long bad=0;
  for (long i=0;i<3000000;i++){
    seed^=seed<<13; seed^=seed>>7; seed^=seed<<17;
    double v;
    switch(i%5){case 0: v=(double)(seed>>11)/(double)(1ull<<53); break;
      case 1: v=ldexp((double)(seed>>11), -(int)(seed%80)); break;
      case 2: v=(double)(seed%1000000)/1000.0; break;
      case 3: v=pow(10.0, (double)((long)(seed%40)-20)) * (1+ (double)(seed>>40)/1e7); break;
      default: v=(double)(seed%100000000000ull) * 1e-3;}
    if (i%7==0) v=-v;
    char a[64], b[64]; snprintf(a,64,"%.10g",v); cg_fmt_g10(v,b);
    if (strcmp(a,b)) { if (bad<10) printf("%.17g: printf %s mine %s\n", v, a, b); bad++; }
  }
  printf("mismatches: %ld\n", bad); return bad!=0;}
