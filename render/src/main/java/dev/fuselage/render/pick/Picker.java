package dev.fuselage.render.pick;

import dev.fuselage.core.geometry.Cuboid;
import dev.fuselage.render.PickResult;
import dev.fuselage.render.camera.RenderCamera;
import dev.fuselage.render.scene.ColorBuffer;
import dev.fuselage.render.scene.LodIndex;
import dev.fuselage.render.scene.PreparedCloud;
import dev.fuselage.render.scene.SceneCloud;
import dev.fuselage.render.scene.SceneCuboid;
import dev.fuselage.render.scene.SceneSnapshot;
import java.util.OptionalLong;
import org.joml.FrustumIntersection;
import org.joml.Matrix4f;
import org.joml.Vector3d;

/**
 * Screen position to scene objects, independent of the backend: points are projected with the same float matrix
 * and the same coverage rule as the splatter, so a click picks what is drawn under it; only the LOD chunks whose
 * boxes reach the pick window are visited. Boxes are hit with an exact ray–box slab test in the box's frame.
 */
public final class Picker {
    private Picker() {
    }

    /** See {@link dev.fuselage.render.Renderer#pick}. */
    public static PickResult pick(SceneSnapshot snap, RenderCamera camera, double px, double py, int radiusPx) {
        int r = Math.max(0, radiusPx);
        int half = snap.style().pointSize();
        int w = camera.width(), h = camera.height();
        float cover = snap.style().pointSize() * 0.5f;
        float pixelCx = (float) (Math.floor(px) + 0.5), pixelCy = (float) (Math.floor(py) + 0.5);
        Matrix4f mvp = new Matrix4f();
        Matrix4f pickMvp = new Matrix4f();
        FrustumIntersection frustum = new FrustumIntersection();
        float[] box = new float[6];
        float window = 2f * (r + half + 1);

        SceneCloud coverCloud = null, nearCloud = null;
        int coverIndex = -1, nearIndex = -1;
        float coverDepth = Float.POSITIVE_INFINITY, nearDepth = Float.POSITIVE_INFINITY;
        float nearD2 = (float) r * r + 1e-3f;
        for (SceneCloud cloud : snap.clouds()) {
            PreparedCloud p = cloud.prepared();
            ColorBuffer colors = cloud.acquireColors(snap.style(), snap.background());
            try {
                int[] argb = colors.argb();
                camera.mvp(p.originX(), p.originY(), p.originZ(), mvp);
                // a picking matrix (gluPickMatrix; GL window y is bottom-up) narrows the frustum to the pick window
                pickMvp.identity().pick((float) px, (float) (h - py), window, window, new int[] {0, 0, w, h}).mul(mvp);
                frustum.set(pickMvp, false);
                float[] x = p.x(), y = p.y(), z = p.z();
                LodIndex lod = p.lod();
                for (int c = 0; c < lod.chunkCount(); c++) {
                    lod.chunkBounds(c, box);
                    if (!frustum.testAab(box[0], box[1], box[2], box[3], box[4], box[5])) {
                        continue;
                    }
                    for (int i = lod.chunkStart(c), e = i + lod.chunkSize(c); i < e; i++) {
                        if (argb[i] == 0) {
                            continue;
                        }
                        float qx = x[i], qy = y[i], qz = z[i];
                        float cw = mvp.m03() * qx + mvp.m13() * qy + mvp.m23() * qz + mvp.m33();
                        float cx = mvp.m00() * qx + mvp.m10() * qy + mvp.m20() * qz + mvp.m30();
                        float cy = mvp.m01() * qx + mvp.m11() * qy + mvp.m21() * qz + mvp.m31();
                        float cz = mvp.m02() * qx + mvp.m12() * qy + mvp.m22() * qz + mvp.m32();
                        if (!(Math.abs(cx) <= cw && Math.abs(cy) <= cw && Math.abs(cz) <= cw)) {
                            continue;
                        }
                        float inv = 1f / cw;
                        float sx = (cx * inv + 1f) * w * 0.5f, sy = (1f - cy * inv) * h * 0.5f;
                        float depth = cz * inv * 0.5f + 0.5f;
                        if (Math.abs(pixelCx - sx) <= cover && Math.abs(pixelCy - sy) <= cover) {
                            if (depth < coverDepth) {
                                coverDepth = depth;
                                coverCloud = cloud;
                                coverIndex = i;
                            }
                        } else {
                            float dx = sx - (float) px, dy = sy - (float) py, d2 = dx * dx + dy * dy;
                            if (d2 < nearD2 || (d2 == nearD2 && depth < nearDepth)) {
                                nearD2 = d2;
                                nearDepth = depth;
                                nearCloud = cloud;
                                nearIndex = i;
                            }
                        }
                    }
                }
            } finally {
                cloud.releaseColors(colors);
            }
        }
        SceneCloud hitCloud = coverCloud != null ? coverCloud : nearCloud;
        int hit = coverCloud != null ? coverIndex : nearIndex;

        Vector3d origin = new Vector3d(), dir = new Vector3d();
        camera.ray(px, py, origin, dir);
        long boxId = 0;
        double boxT = Double.POSITIVE_INFINITY;
        for (SceneCuboid sc : snap.cuboids()) {
            double t = rayBox(sc.box(), origin, dir);
            if (t < boxT) {
                boxT = t;
                boxId = sc.id();
            }
        }
        OptionalLong cuboid = boxT < Double.POSITIVE_INFINITY ? OptionalLong.of(boxId) : OptionalLong.empty();
        double cuboidDistance = boxT < Double.POSITIVE_INFINITY ? boxT : Double.NaN;
        if (hitCloud == null) {
            return new PickResult(null, -1, Double.NaN, Double.NaN, Double.NaN, cuboid, cuboidDistance);
        }
        PreparedCloud p = hitCloud.prepared();
        return new PickResult(hitCloud.handle(), p.sourceIndex()[hit], p.originX() + p.x()[hit],
                p.originY() + p.y()[hit], p.originZ() + p.z()[hit], cuboid, cuboidDistance);
    }

    /**
     * Distance along the ray (normalized {@code dir}) to where it enters the box, 0 when it starts inside, or
     * +infinity when it misses.
     */
    public static double rayBox(Cuboid b, Vector3d origin, Vector3d dir) {
        double cyw = Math.cos(b.yaw()), syw = Math.sin(b.yaw());
        double cp = Math.cos(b.pitch()), sp = Math.sin(b.pitch());
        double cr = Math.cos(b.roll()), sr = Math.sin(b.roll());
        // R = Rz(yaw) Ry(pitch) Rx(roll), as Cuboid.corners; local = R^T (p - c)
        double[][] rt = {
                {cyw * cp, syw * cp, -sp},
                {cyw * sp * sr - syw * cr, syw * sp * sr + cyw * cr, cp * sr},
                {cyw * sp * cr + syw * sr, syw * sp * cr - cyw * sr, cp * cr}};
        double ox = origin.x - b.cx(), oy = origin.y - b.cy(), oz = origin.z - b.cz();
        double[] ext = {b.length() / 2, b.width() / 2, b.height() / 2};
        double t0 = 0, t1 = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            double o = rt[a][0] * ox + rt[a][1] * oy + rt[a][2] * oz;
            double d = rt[a][0] * dir.x + rt[a][1] * dir.y + rt[a][2] * dir.z;
            if (Math.abs(d) < 1e-12) {
                if (Math.abs(o) > ext[a]) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double ta = (-ext[a] - o) / d, tb = (ext[a] - o) / d;
            t0 = Math.max(t0, Math.min(ta, tb));
            t1 = Math.min(t1, Math.max(ta, tb));
            if (t0 > t1) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return t0;
    }
}
