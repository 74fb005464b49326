/*
 * The floor for every YAML workload: libyaml's event loop in C, nothing built from the events.
 *
 *   gcc -O2 -o yaml_events yaml_events.c -lyaml
 *   ./yaml_events FILE [ITERATIONS]
 *
 * Reads FILE once, then parses the bytes ITERATIONS times (default 7) from memory, deleting each
 * event as it comes, and prints one JSON line: the median and minimum seconds of one parse and the
 * number of events (a checksum the Swift and Python workloads must match), plus the median CPU
 * time of one parse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Parses the whole buffer once; returns the number of events, or -1 on a syntax error. */
static long parse_once(const unsigned char *bytes, size_t size) {
    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    int done = 0;
    if (!yaml_parser_initialize(&parser)) return -1;
    yaml_parser_set_input_string(&parser, bytes, size);
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "yaml_events: %s at line %lu\n", parser.problem ? parser.problem : "error",
                    (unsigned long)parser.problem_mark.line + 1);
            yaml_parser_delete(&parser);
            return -1;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return events;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: yaml_events FILE [ITERATIONS]\n");
        return 2;
    }
    int iterations = argc > 2 ? atoi(argv[2]) : 7;
    if (iterations < 1) iterations = 1;
    FILE *file = fopen(argv[1], "rb");
    if (!file) {
        perror(argv[1]);
        return 2;
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "yaml_events: cannot read %s\n", argv[1]);
        return 2;
    }
    fclose(file);

    double *seconds = calloc((size_t)iterations, sizeof(double));
    double *cpu = calloc((size_t)iterations, sizeof(double));
    long events = 0;
    for (int i = 0; i < iterations; i++) {
        double cpu_start = cpu_now();
        double start = now();
        events = parse_once(bytes, (size_t)size);
        seconds[i] = now() - start;
        cpu[i] = cpu_now() - cpu_start;
        if (events < 0) return 1;
    }
    qsort(seconds, (size_t)iterations, sizeof(double), compare_doubles);
    qsort(cpu, (size_t)iterations, sizeof(double), compare_doubles);
    printf("{\"tool\": \"libyaml-c\", \"workload\": \"events\", \"bytes\": %ld, \"iterations\": %d, "
           "\"median_s\": %.6f, \"min_s\": %.6f, \"cpu_median_s\": %.6f, \"checksum\": %ld}\n",
           size, iterations, seconds[iterations / 2], seconds[0], cpu[iterations / 2], events);
    free(seconds);
    free(cpu);
    free(bytes);
    return 0;
}
