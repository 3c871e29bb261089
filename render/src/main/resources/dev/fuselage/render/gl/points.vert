#version 330 core
// Points and lines: position relative to the geometry's anchor, colour as normalized BGRA bytes (an ARGB int in
// little-endian memory). Alpha 0 marks a hidden point: it is moved outside the clip volume and so never drawn.
layout(location = 0) in vec3 position;
layout(location = 1) in vec4 color;
uniform mat4 mvp;
uniform float pointSize;
out vec4 vColor;

void main() {
    gl_Position = color.a == 0.0 ? vec4(2.0, 2.0, 2.0, 1.0) : mvp * vec4(position, 1.0);
    gl_PointSize = pointSize;
    vColor = vec4(color.rgb, 1.0);
}
