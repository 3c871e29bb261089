// PCL 1.13 peer for issue #2: times pcl::io::loadPCDFile / loadPLYFile into pcl::PointCloud<pcl::PointXYZI>,
// in-process with a warm page cache (one untimed load first), each timed load into a fresh cloud.
// Usage: pcl_read RUNS FORMAT SIZE FILE [FORMAT SIZE FILE ...]
// Prints: RESULT pcl FORMAT SIZE MEDIAN_MS RUNS
#include <pcl/io/pcd_io.h>
#include <pcl/io/ply_io.h>
#include <pcl/point_types.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

bool load(const std::string& format, const std::string& file, pcl::PointCloud<pcl::PointXYZI>& cloud) {
    if (format == "ply") {
        return pcl::io::loadPLYFile<pcl::PointXYZI>(file, cloud) == 0;
    }
    return pcl::io::loadPCDFile<pcl::PointXYZI>(file, cloud) == 0;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5 || (argc - 2) % 3 != 0) {
        std::fprintf(stderr, "usage: %s RUNS FORMAT SIZE FILE [FORMAT SIZE FILE ...]\n", argv[0]);
        return 2;
    }
    int runs = std::atoi(argv[1]);
    int status = 0;
    for (int a = 2; a + 2 < argc; a += 3) {
        std::string format = argv[a], size = argv[a + 1], file = argv[a + 2];
        size_t points = 0;
        {
            pcl::PointCloud<pcl::PointXYZI> warm;
            if (!load(format, file, warm)) {
                std::printf("RESULT pcl %s %s - 0 failed\n", format.c_str(), size.c_str());
                status = 1;
                continue;
            }
            points = warm.size();
        }
        std::vector<double> ms;
        for (int r = 0; r < runs; r++) {
            pcl::PointCloud<pcl::PointXYZI> cloud;
            auto t0 = std::chrono::steady_clock::now();
            bool ok = load(format, file, cloud);
            auto t1 = std::chrono::steady_clock::now();
            if (!ok || cloud.size() != points) {
                std::fprintf(stderr, "pcl: %s: load %d failed\n", file.c_str(), r);
                return 1;
            }
            ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        }
        std::printf("RESULT pcl %s %s %.2f %d\n", format.c_str(), size.c_str(), median(ms), runs);
        std::fflush(stdout);
    }
    return status;
}
